# Seeded random vxlan scenario (seed 25), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link
ip link add vx0 address 02:00:00:0a:19:01 type vxlan id 0 df set dev veth1 dstport 8472
ip link set veth1 down
ip -d link show
ip link add vx1 type vxlan id 7 group 239.2.2.2 dstport 4789 nol2miss dstport 4789
ip link set veth0 mtu 1451
ip link show type vxlan
ip -d -j link show vx3
ip -d link show
ip -d link show
ip link add vx2 address 02:00:00:0a:19:02 type vxlan id 5 nolearning dev veth1 dstport 4789 ttl 64
ip -d -j link show vx0
ip link set vx0 type vxlan df set remote 192.0.2.1
ip link add vx4 address 02:00:00:0a:19:03 type vxlan id 6 dev veth1 tos 10 ageing 100 df unset
ip link add vx4 address 02:00:00:0a:19:04 type vxlan dstport 4789
ip link set vx1 mtu 1451
ip link add vx4 address 02:00:00:0a:19:05 type vxlan id 16777216 dev lo
ip -d link show vx1
ip link set vx3 type vxlan ttl 64 dstport 65535 learning
ip -d -j link show vx1
ip -br link
ip link set vx2 up
ip -d -j link show type vxlan
ip link add vx4 address 02:00:00:0a:19:06 type vxlan dstport 8472
ip -4 link add vx2 address 02:00:00:0a:19:07 type vxlan id 6 remote 192.0.2.1
ip -d -j link show vx2
ip link set vx4 type vxlan remote fe80::1
ip -d -j link show type vxlan
ip -4 link add vx2 address 02:00:00:0a:19:08 type vxlan id 5 srcport 0 0 group ff05::1 dstport 4789
ip link add vx4 address 02:00:00:0a:19:09 type vxlan id 0 hoplimit auto dsfield 10 flowlabel 0x1 group ff02::1 dstport 8472
ip link set vx0 mtu 1430
ip link
ip link set vx2 type vxlan norsc ttl 0
ip link add vx0 address 02:00:00:0a:19:0a type vxlan id 16777215 noudp6zerocsumrx norsc nol3miss dstport 4789
ip link show type vxlan
ip link
ip link set vx4 mtu 68
ip link set vx3 down
ip -d link show
ip link del vx2
ip -d link show
ip -br link
