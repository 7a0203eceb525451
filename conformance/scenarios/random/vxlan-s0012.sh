# Seeded random vxlan scenario (seed 12), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link add vx2 type vxlan id 16777215 group 239.1.1.1 dstport 0 srcport 5 5 remote :: dev veth0 dstport 8472
ip -br link
ip link add vx0 address 02:00:00:0a:0c:01 type vxlan id 0 remote 2001:db8::1 dev lo
ip link add vx1 address 02:00:00:0a:0c:02 type vxlan id 7 local 192.0.2.10 ageing none group 239.1.1.1 noexternal dstport 8472
ip link add vx2 address 02:00:00:0a:0c:03 type vxlan id 5 dstport 4789
ip -4 link add vx0 address 02:00:00:0a:0c:04 type vxlan ageing 300 norsc dstport 8472
ip -br link
ip link set vx2 type vxlan group 10.1.1.1 srcport 0 9 proxy
ip link set vx1 down
ip link add vx0 address 02:00:00:0a:0c:05 type vxlan id 5 ageing 300 flowlabel 0x1
ip link add vx3 address 02:00:00:0a:0c:06 mtu 9000 type vxlan id 0x10 dev veth1 dstport 4789
ip link add vx2 address 02:00:00:0a:0c:07 type vxlan id 5 local 192.0.2.11 dstport 65535 df inherit remote 192.0.2.2 group 239.1.1.1
ip link add vx0 address 02:00:00:0a:0c:08 type vxlan id 5 ttl 0 group 239.1.1.1 dev lo dstport 4789
ip link del vx2
ip link add vx4 address 02:00:00:0a:0c:09 type vxlan id 16777216 noexternal dev veth0 ttl 255 hoplimit auto dstport 4789
ip link add vx0 address 02:00:00:0a:0c:0a type vxlan id 7 flowlabel 0x1 hoplimit auto udpcsum dstport 65535 dstport 4789
ip link add vx1 address 02:00:00:0a:0c:0b type vxlan id 5 local 0.0.0.0
ip link set vx0 down
ip link set vx1 up
ip -d -j link show vx2
ip link add vx0 address 02:00:00:0a:0c:0c type vxlan id 7 dstport 8472
ip link set vx0 mtu 9000
ip -d link show
ip link show type vxlan
ip link set vx3 type vxlan maxaddress 10 srcport 20 10
ip link set vx2 type vxlan hoplimit 0 local 0.0.0.0
ip -br link
ip link show type vxlan
ip -d link show vx4
ip link add vx3 address 02:00:00:0a:0c:0d mtu 9000 type vxlan id 16777216 maxaddress 10 dstport 4789
ip link set veth0 mtu 1451
ip link
ip link show type vxlan
ip link add vx2 address 02:00:00:0a:0c:0e mtu 1400 type vxlan id 0x10 dev veth0 local 2001:db8::10 srcport 5 5 dstport 4789
ip link set vx0 mtu 1451
ip -br link
ip link add vx3 address 02:00:00:0a:0c:0f type vxlan id 16777216 dsfield 0 dev lo learning dstport 0 dstport 4789
ip link set vx0 mtu 1500
ip link set veth0 up
ip link set vx4 type vxlan remote fe80::1
ip -d link show
ip -br link
