# Seeded random vxlan scenario (seed 3), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link add vx2 address 02:00:00:0a:03:01 type vxlan id 7 dstport 4789
ip link add vx3 address 02:00:00:0a:03:02 mtu 67 type vxlan id 16777215 remcsumrx dev veth1 dstport 8472
ip -d -j link show vx3
ip -d -j link show vx0
ip -d link show
ip link set vx4 down
ip link show type vxlan
ip link add vx1 address 02:00:00:0a:03:03 type vxlan id 16777215 l3miss df set ageing 300 dstport 8472
ip link show type vxlan
ip -d link show
ip link add vx2 address 02:00:00:0a:03:04 type vxlan id 0x10 hoplimit 255 df set ageing 100 noproxy noudp6zerocsumtx dstport 4789
ip link del veth1
ip -d -j link show type vxlan
ip -d -j link show vx4
ip link del vx4
ip link del vx1
ip link set veth0 mtu 1300
ip -d -j link show vx0
ip link show type vxlan
ip link add vx1 address 02:00:00:0a:03:05 type vxlan id 5 srcport 1000 2000 remote 192.0.2.2 dstport 0 udp6zerocsumrx proxy
ip -6 link set vx4 type vxlan ttl auto
ip link set vx4 mtu 1300
ip link set vx2 up
ip -4 link set vx4 type vxlan group 10.1.1.1
ip -d -j link show vx4
ip link add vx1 address 02:00:00:0a:03:06 type vxlan id 5 group 239.1.1.1 dstport 4789
ip -d -j link show vx4
ip link set vx1 type vxlan remote 192.0.2.2 hoplimit 255 ageing 0
ip link del vx0
ip -d link show
ip link add vx2 address 02:00:00:0a:03:07 type vxlan id 0 noudpcsum ageing 300 dstport 65535 udp6zerocsumtx
ip link set vx3 mtu 1430
ip link add vx4 address 02:00:00:0a:03:08 type vxlan id 7 dev veth1 noudp6zerocsumrx dsfield 0 dstport 8472
ip link show type vxlan
ip link
ip -4 link set vx1 type vxlan dstport 65535 dev lo
ip link set veth0 down
ip link add vx4 address 02:00:00:0a:03:09 type vxlan id 16777215 noremcsumtx dstport 4789
ip link set vx0 mtu 1430
ip link
ip -d link show
ip -br link
