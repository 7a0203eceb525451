# Seeded random vxlan scenario (seed 20), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip link set vx2 type vxlan local fe80::10 l3miss
ip -d link show vx1
ip link add vx2 address 02:00:00:0a:14:01 type vxlan id 5 local 0.0.0.0 dstport 4789
ip -d -j link show type vxlan
ip link set vx0 type vxlan local 2001:db8::10
ip link add vx0 address 02:00:00:0a:14:02 type vxlan id 7
ip link del vx2
ip link add vx1 type vxlan id 16777215 srcport 0 0 remote 0.0.0.0
ip link show type vxlan
ip link add vx0 address 02:00:00:0a:14:03 type vxlan id 5 external flowlabel 0 dstport 65535 dstport 4789
ip link
ip link add vx1 type vxlan id 0 local 0.0.0.0 group 239.1.1.1 flowlabel 0 dev nosuch tos inherit dstport 4789
ip link add vx2 address 02:00:00:0a:14:04 mtu 9000 type vxlan srcport 1000 2000 dstport 4789
ip link add vx3 address 02:00:00:0a:14:05 type vxlan id 7 dstport 4789
ip link set vx1 type vxlan remote 192.0.2.2 nol2miss
ip link add vx1 address 02:00:00:0a:14:06 type vxlan id 5 flowlabel 0 ageing 0 dstport 4789
ip link add vx0 address 02:00:00:0a:14:07 type vxlan id 0 tos inherit noremcsumrx vnifilter srcport 1000 2000 dstport 4789
ip -d link show vx2
ip link show type vxlan
ip link add vx3 address 02:00:00:0a:14:08 type vxlan id 16777215 dstport 8472
ip link show type vxlan
ip link
ip link
ip -d -j link show type vxlan
ip link set vx0 type vxlan dev veth0 local 192.0.2.11 noremcsumtx
ip link
ip link del vx2
ip link set vx3 mtu 1451
ip link add vx1 address 02:00:00:0a:14:09 type vxlan group 239.1.1.1 hoplimit 1 dstport 8472
ip link add vx1 address 02:00:00:0a:14:0a type vxlan id 0x10 dev lo ttl inherit dstport 4789
ip link set vx4 type vxlan noremcsumrx
ip link set veth1 up
ip link set vx2 type vxlan remcsumrx flowlabel 0
ip link add vx1 address 02:00:00:0a:14:0b mtu 9000 type vxlan id 7 tos 10 group 239.1.1.1
ip -br link
ip -4 link add vx4 address 02:00:00:0a:14:0c type vxlan id 7 dstport 4789
ip link set veth1 down
ip link set vx3 up
ip link set vx0 type vxlan noudp6zerocsumtx flowlabel 5 df unset
ip -4 link add vx4 address 02:00:00:0a:14:0d mtu 1450 type vxlan id 16777216 ttl 1 hoplimit 1 noudp6zerocsumrx noudp6zerocsumtx dsfield inherit dstport 4789
ip -d link show
ip -br link
