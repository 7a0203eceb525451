# Seeded random vxlan scenario (seed 28), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link
ip link add vx1 mtu 1400 type vxlan id 5 remote :: dsfield 10 dstport 8472
ip link add vx1 address 02:00:00:0a:1c:01 mtu 9000 type vxlan id 6 dsfield inherit
ip -d -j link show type vxlan
ip link show type vxlan
ip link add vx1 address 02:00:00:0a:1c:02 type vxlan id 6 dstport 0 external dev veth0 group 239.2.2.2 dstport 4789
ip link set vx2 mtu 1430
ip link add vx3 address 02:00:00:0a:1c:03 type vxlan dstport 4789
ip link set vx2 down
ip link show type vxlan
ip -br link
ip -d link show vx0
ip -d link show vx0
ip link
ip link set vx1 type vxlan noudp6zerocsumtx dstport 4789 ttl 256
ip link set vx1 down
ip -d -j link show type vxlan
ip link show type vxlan
ip link add vx3 address 02:00:00:0a:1c:04 type vxlan id 5 srcport 1000 2000 flowlabel 0x1 nol3miss
ip -d link show vx0
ip link set vx1 up
ip link
ip link add vx2 address 02:00:00:0a:1c:05 type vxlan id 16777215
ip -d -j link show type vxlan
ip -d -j link show type vxlan
ip link set vx0 type vxlan dstport 4789 dev veth1
ip -d -j link show vx2
ip link add vx1 address 02:00:00:0a:1c:06 type vxlan id 5 dstport 0 dstport 4789
ip link
ip link add vx2 address 02:00:00:0a:1c:07 type vxlan id 0 local 192.0.2.11 ttl auto
ip link set veth0 down
ip link del vx1
ip -d link show vx1
ip link set vx2 type vxlan remote 2001:db8::2 vnifilter
ip link set vx1 type vxlan local 192.0.2.11 remcsumrx remote 192.0.2.2
ip -br link
ip link set vx4 mtu 9000
ip link add vx2 address 02:00:00:0a:1c:08 type vxlan id 16777216 hoplimit 256 dsfield CS1 group 239.2.2.2 remote 192.0.2.1 dstport 8472
ip link set vx0 mtu 1430
ip -d link show
ip -d link show
ip -br link
