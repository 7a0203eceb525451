# Seeded random vxlan scenario (seed 16), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link add vx3 address 02:00:00:0a:10:01 type vxlan id 16777216 dev veth0 udpcsum dstport 4789
ip -d -j link show vx1
ip link show type vxlan
ip link set vx3 type vxlan flowlabel 0 noproxy
ip link add vx4 address 02:00:00:0a:10:02 type vxlan
ip -d -j link show vx3
ip link show type vxlan
ip link set vx1 down
ip -d link show vx0
ip link add vx1 address 02:00:00:0a:10:03 type vxlan id 5 local 2001:db8::10 remote 2001:db8::1 flowlabel 0xfffff maxaddress unlimited dstport 4789
ip -d link show vx2
ip link set vx2 up
ip -d -j link show vx1
ip link set vx3 type vxlan vnifilter dev veth1 external
ip link
ip -d link show
ip link add vx4 address 02:00:00:0a:10:04 type vxlan id 0x10 dstport 4789
ip link add vx2 address 02:00:00:0a:10:05 type vxlan id 5 remcsumrx dev veth1 noexternal dstport 4789
ip link set vx3 down
ip -d -j link show vx0
ip link add vx0 address 02:00:00:0a:10:06 type vxlan id 0x10 tos EF remote :: gbp remcsumrx noudpcsum dstport 4789
ip -6 link add vx4 address 02:00:00:0a:10:07 type vxlan vnifilter
ip link add vx4 address 02:00:00:0a:10:08 type vxlan id 5 dstport 8472 ageing 300 srcport 1000 2000 gbp norsc dstport 4789
ip -4 link add vx4 type vxlan id 5 group ff05::1 local 2001:db8::10 dev veth0 df unset dstport 4789
ip link add vx0 address 02:00:00:0a:10:09 type vxlan id 16777215 dev veth0 noudpcsum maxaddress unlimited dstport 8472
ip link set vx1 type vxlan nol2miss
ip link set vx4 up
ip link del vx4
ip link set vx1 mtu 1500
ip -d -j link show type vxlan
ip link add vx2 type vxlan id 0 dstport 4789
ip link set vx4 up
ip -d link show vx2
ip link set vx3 mtu 1451
ip link add vx2 address 02:00:00:0a:10:0a type vxlan id 0 nol2miss flowlabel 5 udp6zerocsumtx dstport 4789
ip -6 link add vx4 address 02:00:00:0a:10:0b type vxlan id 6 group ff02::1 dev veth0 dstport 8472 remote 192.0.2.1
ip link set vx0 mtu 1430
ip link del vx0
ip link add vx3 address 02:00:00:0a:10:0c type vxlan id 5 group 10.1.1.1 norsc noproxy flowlabel 0 dstport 4789
ip link set vx2 type vxlan l3miss noudpcsum
ip -d link show
ip -br link
