# Seeded random vxlan scenario (seed 26), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip -d link show
ip -d -j link show type vxlan
ip link
ip -4 link add vx0 address 02:00:00:0a:1a:01 type vxlan id 16777215 remcsumrx remote fe80::1 dstport 4790
ip link add vx0 address 02:00:00:0a:1a:02 type vxlan id 7 local fe80::10 l2miss
ip link
ip link del vx2
ip -br link
ip link add vx3 address 02:00:00:0a:1a:03 type vxlan id 0 dstport 4789
ip link add vx3 address 02:00:00:0a:1a:04 type vxlan id 7 gbp dstport 4789
ip -d -j link show type vxlan
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 68
ip link add vx2 address 02:00:00:0a:1a:05 type vxlan id 16777215 hoplimit 255 noremcsumtx dev veth1 ttl 256 dstport 4789
ip link add vx0 address 02:00:00:0a:1a:06 type vxlan id 7 remote :: remcsumrx local 192.0.2.11 srcport 20 10
ip link add vx3 address 02:00:00:0a:1a:07 type vxlan id 16777216 ttl auto local fe80::10 df unset maxaddress unlimited remote fe80::1 dstport 4789
ip link
ip -6 link add vx1 type vxlan id 16777215 hoplimit auto nol2miss
ip -d -j link show type vxlan
ip -d -j link show type vxlan
ip link set vx4 mtu 9000
ip -4 link set vx3 type vxlan dstport 65535
ip -6 link set vx3 type vxlan local fe80::10 flowlabel 0 remote 0.0.0.0
ip link set vx0 type vxlan ageing 100
ip link add vx1 address 02:00:00:0a:1a:08 type vxlan id 16777215 dstport 4789
ip -d link show vx3
ip link set vx0 type vxlan udp6zerocsumtx local 0.0.0.0
ip -d link show vx2
ip -d -j link show type vxlan
ip -6 link add vx3 address 02:00:00:0a:1a:09 type vxlan id 0 maxaddress unlimited udp6zerocsumrx dsfield 10 l2miss
ip -d -j link show vx0
ip link add vx3 address 02:00:00:0a:1a:0a type vxlan id 0 srcport 5 5 dstport 4789
ip -d link show vx1
ip -d link show
ip link del vx1
ip link set vx3 type vxlan ageing 0 remcsumtx
ip -d -j link show type vxlan
ip -d link show vx1
ip link show type vxlan
ip link
ip -d link show
ip -br link
