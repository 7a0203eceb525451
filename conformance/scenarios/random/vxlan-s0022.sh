# Seeded random vxlan scenario (seed 22), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link add vx1 address 02:00:00:0a:16:01 type vxlan id 16777215 hoplimit auto dstport 4789
ip link add vx2 address 02:00:00:0a:16:02 mtu 1400 type vxlan id 0x10 ageing 300 dstport 4789
ip link set vx1 down
ip link add vx1 address 02:00:00:0a:16:03 mtu 1400 type vxlan id 6 dstport 4789
ip link add vx3 address 02:00:00:0a:16:04 type vxlan id 16777215 remote 192.0.2.1 srcport 0 0 rsc dstport 8472
ip link set vx3 up
ip -d -j link show vx0
ip -d link show
ip link set vx3 type vxlan ttl 1 maxaddress 10
ip -br link
ip link add vx4 address 02:00:00:0a:16:05 type vxlan id 0 ageing 300 dev veth1 dstport 8472
ip -6 link set vx3 type vxlan ageing 0
ip link set veth0 up
ip link set vx0 up
ip link add vx3 address 02:00:00:0a:16:06 type vxlan udp6zerocsumtx external dstport 8472
ip link set vx4 mtu 9000
ip -br link
ip link add vx2 address 02:00:00:0a:16:07 type vxlan id 0x10 udp6zerocsumrx dev veth1
ip link show type vxlan
ip link add vx4 address 02:00:00:0a:16:08 mtu 1400 type vxlan id 0x10 dstport 8472
ip link add vx0 address 02:00:00:0a:16:09 type vxlan id 7 learning srcport 20 10 local 2001:db8::10 dstport 4789
ip -d -j link show vx0
ip link set vx0 up
ip -d link show vx1
ip -br link
ip -d -j link show type vxlan
ip link add vx0 address 02:00:00:0a:16:0a type vxlan id 16777215 gbp remote 192.0.2.1 dev lo remcsumrx dstport 8472
ip link
ip link del vx3
ip link set vx3 type vxlan external
ip -br link
ip -d -j link show vx2
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add vx0 address 02:00:00:0a:16:0b type vxlan id 6 group 10.1.1.1 remote 2001:db8::2 dstport 4789
ip -br link
ip link add vx1 mtu 9000 type vxlan id 0 dev nosuch dstport 0 remote 2001:db8::2 nolearning
ip -d -j link show vx4
ip link add vx4 address 02:00:00:0a:16:0c mtu 9000 type vxlan id 5 srcport 1000 2000 tos inherit ageing 100 dstport 8472
ip -d -j link show vx4
ip -d link show
ip -d link show
ip -br link
