# Seeded random vxlan scenario (seed 19), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link set vx2 type vxlan dev veth1 srcport 20 10 proxy
ip link set vx2 up
ip link add vx0 address 02:00:00:0a:13:01 type vxlan id 6 vnifilter df unset remote 192.0.2.2 dstport 8472
ip link set vx1 down
ip -d -j link show vx0
ip -br link
ip link set vx0 type vxlan remote 2001:db8::2 flowlabel 5 udpcsum
ip link add vx0 address 02:00:00:0a:13:02 type vxlan id 5 maxaddress unlimited learning dev veth0 group 239.2.2.2 dstport 4789
ip link show type vxlan
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link del vx1
ip link add vx4 address 02:00:00:0a:13:03 type vxlan id 5 dsfield inherit hoplimit auto remote 192.0.2.1 noremcsumrx dstport 4789
ip -d link show
ip link
ip link del vx4
ip link set vx4 type vxlan local fe80::10
ip -d -j link show type vxlan
ip -4 link add vx0 address 02:00:00:0a:13:04 type vxlan id 16777216 noexternal dstport 65535 flowlabel 5 ageing 100 local 192.0.2.11 dstport 4789
ip -6 link add vx4 type vxlan id 7 norsc dev nosuch df set dstport 4790 dstport 4789
ip link del vx0
ip link show type vxlan
ip -d -j link show type vxlan
ip link set veth0 mtu 1451
ip -br link
ip link set vx0 mtu 1451
ip -d -j link show type vxlan
ip link set veth0 up
ip -4 link set vx2 type vxlan srcport 0 9
ip -6 link set vx4 type vxlan remote ::
ip link set vx2 mtu 68
ip -br link
ip link add vx2 address 02:00:00:0a:13:05 type vxlan id 16777216
ip link add vx4 address 02:00:00:0a:13:06 type vxlan id 5 noudp6zerocsumtx remote 2001:db8::1 local fe80::10 dstport 8472
ip -d link show vx1
ip link add vx4 address 02:00:00:0a:13:07 type vxlan id 0x10 dsfield 10 nol3miss l2miss flowlabel 0 dev veth0 dstport 4789
ip -br link
ip link del vx0
ip link add vx0 type vxlan id 7 remote 192.0.2.2
ip -d -j link show type vxlan
ip link set vx4 type vxlan remcsumrx remote 192.0.2.1 dsfield 1
ip -d link show
ip -br link
