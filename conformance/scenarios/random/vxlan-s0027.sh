# Seeded random vxlan scenario (seed 27), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link add vx0 address 02:00:00:0a:1b:01 type vxlan id 5 norsc dstport 4789
ip -6 link set vx1 type vxlan vnifilter maxaddress 10
ip link
ip link add vx1 address 02:00:00:0a:1b:02 type vxlan id 16777215 local 192.0.2.10 dstport 8472
ip link set vx2 type vxlan local 192.0.2.10 external
ip link add vx2 address 02:00:00:0a:1b:03 mtu 67 type vxlan id 16777215 local 2001:db8::10 group 239.2.2.2 external l2miss dstport 4789
ip link set vx1 type vxlan dev veth0
ip -br link
ip link set vx3 type vxlan dev veth0 srcport 0 9
ip link add vx2 address 02:00:00:0a:1b:04 type vxlan id 5 dstport 4789
ip -d link show
ip link set vx1 down
ip link add vx2 address 02:00:00:0a:1b:05 type vxlan id 16777216 srcport 1000 2000 external
ip -br link
ip link add vx2 address 02:00:00:0a:1b:06 type vxlan id 5 remote :: ttl 1 dstport 4789
ip link add vx1 address 02:00:00:0a:1b:07 mtu 1450 type vxlan id 0x10 ttl auto dstport 4789
ip -d -j link show vx4
ip link add vx4 address 02:00:00:0a:1b:08 type vxlan id 16777215 noproxy dev veth1 srcport 1000 2000 dsfield inherit group ff02::1 dstport 8472
ip link set veth0 up
ip link set vx1 type vxlan nol3miss srcport 5 5
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -d -j link show type vxlan
ip link set vx2 type vxlan group 239.2.2.2 dev nosuch
ip link add vx2 address 02:00:00:0a:1b:09 type vxlan id 5 vnifilter l2miss learning dstport 4789 flowlabel 0x1 dstport 4789
ip link set vx0 mtu 1451
ip -d link show
ip link show type vxlan
ip link add vx0 type vxlan id 0
ip link set vx2 type vxlan dstport 8472 maxaddress 0 dev veth1
ip link
ip link set vx4 type vxlan group 239.1.1.1 dstport 65535 learning
ip link set vx2 type vxlan flowlabel 0x1
ip -d link show
ip link add vx4 type vxlan id 5 ageing 300 dev nosuch dstport 4789
ip link add vx2 address 02:00:00:0a:1b:0a type vxlan id 16777215 dstport 4789
ip link add vx3 mtu 9000 type vxlan id 5 remote fe80::1 noremcsumrx srcport 0 0 dstport 4789
ip link show type vxlan
ip link show type vxlan
ip link set veth0 up
ip link add vx4 address 02:00:00:0a:1b:0b mtu 67 type vxlan id 0 noremcsumrx dstport 8472
ip -d link show
ip -br link
