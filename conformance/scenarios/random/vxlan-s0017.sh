# Seeded random vxlan scenario (seed 17), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link add vx2 address 02:00:00:0a:11:01 type vxlan id 0x10 dstport 4789
ip link set vx1 type vxlan noexternal df inherit
ip link show type vxlan
ip link set vx0 mtu 1300
ip -d -j link show vx1
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add vx1 type vxlan id 5 group 10.1.1.1 dev veth0 external hoplimit 1
ip -4 link add vx4 address 02:00:00:0a:11:02 mtu 1450 type vxlan id 0x10 external df inherit ageing 300
ip -br link
ip link
ip link set vx4 up
ip link del veth1
ip -6 link add vx2 address 02:00:00:0a:11:03 type vxlan id 7 dstport 4789
ip -d -j link show type vxlan
ip link set vx1 type vxlan group ff02::1
ip -br link
ip link set vx1 mtu 1430
ip link set vx4 up
ip link
ip link set vx1 type vxlan group 239.2.2.2
ip link show type vxlan
ip link add vx1 address 02:00:00:0a:11:04 mtu 1450 type vxlan id 0
ip link add vx4 type vxlan id 5 dstport 4789 proxy hoplimit 255
ip link add vx1 type vxlan id 6 remote 2001:db8::2 dstport 8472
ip link add vx2 address 02:00:00:0a:11:05 mtu 1400 type vxlan id 0 nolearning dstport 4789
ip -4 link add vx2 address 02:00:00:0a:11:06 type vxlan id 16777215 dev veth1 hoplimit auto local 192.0.2.11 remote 239.1.1.1 proxy dstport 4789
ip -d -j link show type vxlan
ip link add vx4 address 02:00:00:0a:11:07 type vxlan id 7 udpcsum norsc dstport 4789
ip -d link show
ip -6 link add vx1 address 02:00:00:0a:11:08 type vxlan id 0x10 local fe80::10 group ff05::1 dev veth0 dev lo dstport 8472
ip -br link
ip -4 link add vx3 mtu 1400 type vxlan id 7 maxaddress 0 dstport 0 hoplimit 1 group 239.2.2.2 dstport 8472
ip -d -j link show type vxlan
ip -d link show
ip link
ip link add vx3 type vxlan id 5 dstport 8472
ip -d -j link show type vxlan
ip link add vx1 address 02:00:00:0a:11:09 type vxlan id 0 vnifilter flowlabel 5 tos 10
ip link add vx1 type vxlan external gbp group 10.1.1.1 dstport 4789
ip link set vx3 mtu 68
ip -d link show
ip -br link
