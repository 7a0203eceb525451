# Seeded random vxlan scenario (seed 15), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link set vx2 type vxlan dstport 65535
ip link set vx0 type vxlan dev veth0 external
ip -4 link add vx0 address 02:00:00:0a:0f:01 type vxlan id 0 remcsumrx ttl auto remote 2001:db8::2 group ff02::1 dstport 8472
ip link show type vxlan
ip -d link show
ip -d link show
ip -d link show vx3
ip -d -j link show vx3
ip link add vx2 address 02:00:00:0a:0f:02 type vxlan id 6 dev veth0 udpcsum group 239.2.2.2 gbp srcport 1000 2000
ip link set vx4 type vxlan noudp6zerocsumtx dsfield 1
ip link set vx4 up
ip -d link show
ip link set vx2 type vxlan remote 192.0.2.2
ip -6 link add vx0 address 02:00:00:0a:0f:03 type vxlan id 16777216 dstport 4789
ip link set vx1 up
ip link
ip link set vx3 type vxlan remcsumrx rsc
ip -br link
ip link add vx2 address 02:00:00:0a:0f:04 type vxlan id 7 dstport 4789
ip link show type vxlan
ip link set vx3 type vxlan dev veth0
ip -d -j link show vx0
ip link add vx3 address 02:00:00:0a:0f:05 type vxlan id 0
ip -d link show
ip -br link
ip link show type vxlan
ip link set vx2 type vxlan dev veth1 noremcsumrx nol2miss
ip link set vx3 type vxlan dev veth1 remote 2001:db8::1 local 192.0.2.11
ip link set vx1 up
ip link
ip link add vx0 address 02:00:00:0a:0f:06 type vxlan id 5 srcport 0 9 dstport 8472 dev veth0 udp6zerocsumtx local 192.0.2.10 dstport 4789
ip link add vx2 address 02:00:00:0a:0f:07 mtu 1450 type vxlan id 0x10 local 2001:db8::10
ip link add vx1 address 02:00:00:0a:0f:08 type vxlan id 7 l2miss dstport 8472
ip link show type vxlan
ip -br link
ip link show type vxlan
ip -br link
ip -d -j link show type vxlan
ip link add vx0 address 02:00:00:0a:0f:09 type vxlan id 0 norsc srcport 5 5 hoplimit auto dstport 8472 dstport 4789
ip link add vx3 address 02:00:00:0a:0f:0a type vxlan id 0x10 noudp6zerocsumrx udpcsum
ip -d link show
ip -br link
