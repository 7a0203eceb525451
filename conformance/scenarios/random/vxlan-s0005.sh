# Seeded random vxlan scenario (seed 5), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link show type vxlan
ip -6 link add vx2 address 02:00:00:0a:05:01 type vxlan id 16777216 df inherit local fe80::10 noudp6zerocsumtx remote 2001:db8::2 dstport 8472
ip link add vx1 address 02:00:00:0a:05:02 type vxlan id 16777216 dstport 4789
ip -d -j link show vx1
ip link add vx4 address 02:00:00:0a:05:03 type vxlan id 0 udpcsum noudp6zerocsumtx group ff02::1 ageing 100 dstport 8472
ip link add vx0 type vxlan id 16777216 dev nosuch remote 2001:db8::1 l2miss dstport 4789 dstport 8472
ip link show type vxlan
ip -br link
ip link add vx1 address 02:00:00:0a:05:04 type vxlan id 16777215 group 239.2.2.2 proxy remote 2001:db8::1 dstport 4789
ip -d link show
ip link show type vxlan
ip link add vx1 address 02:00:00:0a:05:05 type vxlan id 5 remote 2001:db8::2 l2miss
ip link add vx2 address 02:00:00:0a:05:06 type vxlan id 16777215 dstport 8472
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link show type vxlan
ip -d link show vx0
ip link set vx1 type vxlan ageing 300 norsc remote 192.0.2.2
ip link add vx1 address 02:00:00:0a:05:07 type vxlan id 6 df unset udp6zerocsumtx dev nosuch gbp local 192.0.2.11 dstport 8472
ip link add vx1 address 02:00:00:0a:05:08 type vxlan id 6 noudpcsum maxaddress unlimited dsfield inherit dstport 4789
ip link set vx2 type vxlan dsfield CS1
ip link set vx1 type vxlan hoplimit 1
ip -6 link add vx4 type vxlan id 7 dstport 4789
ip -br link
ip -4 link add vx0 address 02:00:00:0a:05:09 type vxlan udpcsum group ff02::1 flowlabel 0xfffff dstport 8472
ip link
ip link set vx3 up
ip -d link show vx4
ip link set vx0 type vxlan flowlabel 0 udpcsum dstport 4789
ip link add vx2 type vxlan id 6 srcport 5 5 tos EF proxy
ip -6 link add vx3 type vxlan id 0 udp6zerocsumrx
ip link set vx1 mtu 9000
ip link set vx3 type vxlan group 239.2.2.2 ttl 255
ip link set vx3 type vxlan local fe80::10
ip link add vx4 address 02:00:00:0a:05:0a type vxlan id 0 group ff05::1 proxy
ip link set vx0 up
ip link add vx4 address 02:00:00:0a:05:0b type vxlan id 0 dstport 4789 proxy dstport 4789
ip link del vx3
ip link add vx1 type vxlan id 16777216 nol3miss maxaddress unlimited dev lo ageing 0 ageing 0 dstport 4789
ip link del vx2
ip link set vx0 type vxlan remcsumtx flowlabel 5
ip -d link show
ip -br link
