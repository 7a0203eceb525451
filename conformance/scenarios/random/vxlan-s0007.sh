# Seeded random vxlan scenario (seed 7), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link add vx4 address 02:00:00:0a:07:01 type vxlan id 5 srcport 20 10 df unset group ff02::1 dstport 4789
ip link add vx4 address 02:00:00:0a:07:02 type vxlan id 0 group 239.1.1.1
ip link del veth1
ip link del vx4
ip link add vx0 address 02:00:00:0a:07:03 type vxlan id 7 tos 0x10 nol2miss
ip link set vx0 type vxlan dev veth1 dstport 8472 remote fe80::1
ip link
ip -d link show
ip link set veth0 mtu 1430
ip -d -j link show type vxlan
ip link
ip link add vx2 address 02:00:00:0a:07:04 type vxlan id 16777216 external dstport 8472
ip link set vx1 mtu 1300
ip link add vx4 address 02:00:00:0a:07:05 type vxlan id 5 dstport 4789 maxaddress 10 vnifilter dev nosuch
ip link set vx1 type vxlan external udp6zerocsumtx vnifilter
ip link set vx4 down
ip -br link
ip link set vx1 up
ip link set vx1 up
ip link add vx0 address 02:00:00:0a:07:06 type vxlan id 16777216 dstport 4789
ip link set vx1 type vxlan noudpcsum l3miss ageing 100
ip link set vx0 mtu 1450
ip link
ip link set veth1 up
ip link set vx2 type vxlan noudpcsum tos EF
ip link add vx4 address 02:00:00:0a:07:07 type vxlan id 16777215 noremcsumtx flowlabel 0xfffff dstport 65535 dstport 8472
ip -6 link set vx1 type vxlan l2miss dev veth0 vnifilter
ip -d -j link show type vxlan
ip link add vx4 address 02:00:00:0a:07:08 type vxlan id 0x10 srcport 0 0
ip link add vx4 address 02:00:00:0a:07:09 mtu 9000 type vxlan id 16777216 group ff02::1 df set
ip link set vx4 type vxlan norsc flowlabel 0
ip -d -j link show vx3
ip link
ip link add vx0 address 02:00:00:0a:07:0a mtu 9000 type vxlan id 7 group 239.1.1.1 norsc ageing 100 noudp6zerocsumrx
ip -br link
ip link add vx2 address 02:00:00:0a:07:0b type vxlan id 0x10 srcport 1000 2000 l2miss dstport 4789
ip -d -j link show vx3
ip link add vx0 type vxlan id 5 dstport 4789 flowlabel 0x1 local fe80::10 dstport 8472
ip -br link
ip link add vx2 address 02:00:00:0a:07:0c type vxlan id 6 nolearning ageing 100 remote :: dev veth1
ip -d link show
ip -br link
