# Seeded random vxlan scenario (seed 2), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link set vx1 type vxlan dstport 8472 hoplimit 1 rsc
ip link set vx4 up
ip -d -j link show type vxlan
ip link add vx4 address 02:00:00:0a:02:01 type vxlan id 5 dstport 8472
ip link add vx2 address 02:00:00:0a:02:02 type vxlan id 5 remote 0.0.0.0
ip -6 link add vx3 address 02:00:00:0a:02:03 type vxlan id 16777216
ip link show type vxlan
ip link set veth0 mtu 68
ip link set veth0 mtu 1430
ip link set vx0 down
ip link set vx2 type vxlan nol3miss local fe80::10 maxaddress unlimited
ip -d link show vx1
ip -4 link set vx2 type vxlan local fe80::10 ttl 255 nol3miss
ip -d link show
ip link
ip -d -j link show vx3
ip link set vx3 type vxlan vnifilter
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set vx0 mtu 9000
ip link set veth0 up
ip link set veth1 up
ip link add vx2 address 02:00:00:0a:02:04 type vxlan ageing none dev veth1 dstport 4789
ip -d -j link show type vxlan
ip link add vx4 address 02:00:00:0a:02:05 type vxlan dev lo dstport 4789
ip link set veth1 up
ip -d -j link show vx0
ip link set vx0 type vxlan dev veth1 proxy local 192.0.2.10
ip link show type vxlan
ip -d -j link show type vxlan
ip -6 link add vx3 address 02:00:00:0a:02:06 type vxlan id 16777215 noproxy srcport 1000 2000 ttl 256 ageing none dstport 8472
ip link add vx3 address 02:00:00:0a:02:07 type vxlan id 5 flowlabel 0x1 hoplimit 256 group ff02::1 dstport 4789
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -br link
ip link add vx3 address 02:00:00:0a:02:08 type vxlan id 0x10 dstport 4789
ip link set vx4 up
ip -4 link add vx2 address 02:00:00:0a:02:09 type vxlan id 5 ttl inherit nolearning remcsumrx group 239.2.2.2 dstport 8472
ip link set vx2 mtu 68
ip link add vx2 address 02:00:00:0a:02:0a type vxlan id 5 proxy maxaddress 10 remote 2001:db8::2 dev nosuch
ip -4 link add vx0 address 02:00:00:0a:02:0b type vxlan id 0 srcport 0 9 proxy noudp6zerocsumrx df set
ip -4 link set vx3 type vxlan remcsumtx
ip -d link show
ip -br link
