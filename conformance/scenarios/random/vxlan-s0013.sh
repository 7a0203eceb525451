# Seeded random vxlan scenario (seed 13), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip -4 link set vx0 type vxlan remote 2001:db8::1
ip link set vx3 mtu 68
ip link add vx0 address 02:00:00:0a:0d:01 mtu 1400 type vxlan id 16777215 hoplimit inherit group ff02::1 dsfield 0 dstport 4789
ip link
ip link add vx1 address 02:00:00:0a:0d:02 type vxlan id 5 external dstport 4789
ip -d link show vx0
ip -d link show
ip link add vx4 address 02:00:00:0a:0d:03 type vxlan id 16777215 proxy ttl 0 group 239.2.2.2 nol2miss
ip link
ip link set vx1 mtu 9000
ip -4 link add vx1 address 02:00:00:0a:0d:04 type vxlan id 16777216 tos 0x10 proxy remcsumtx
ip link set vx1 type vxlan l2miss gbp
ip link set vx0 mtu 1500
ip link add vx4 address 02:00:00:0a:0d:05 type vxlan id 5 noudp6zerocsumrx remcsumrx remote :: dstport 4789
ip link add vx1 type vxlan id 16777216
ip link add vx1 address 02:00:00:0a:0d:06 type vxlan proxy srcport 5 5 l3miss dstport 4789
ip link show type vxlan
ip link add vx3 type vxlan id 5 local fe80::10 vnifilter maxaddress 0 group ff02::1 dstport 4789
ip link add vx3 address 02:00:00:0a:0d:07 type vxlan id 16777216 udp6zerocsumtx dev veth0 local fe80::10 dstport 4789 remote :: dstport 4789
ip link add vx2 address 02:00:00:0a:0d:08 mtu 9000 type vxlan id 6 local 0.0.0.0 df inherit
ip link add vx3 address 02:00:00:0a:0d:09 mtu 1450 type vxlan id 5 dstport 4789
ip link add vx2 type vxlan id 0x10 remote 2001:db8::1
ip link add vx1 type vxlan id 6 dstport 4789
ip -d -j link show vx0
ip link add vx4 mtu 1400 type vxlan id 7 srcport 0 9 dstport 4789 noexternal
ip link add vx4 address 02:00:00:0a:0d:0a type vxlan id 6 df unset group 10.1.1.1 dev nosuch dstport 4789
ip link set vx2 up
ip link add vx4 type vxlan id 7 dsfield 10 df set local 192.0.2.10 remote 2001:db8::2 dstport 4789
ip link set vx2 type vxlan dstport 4789 dev veth1
ip -d -j link show type vxlan
ip link add vx4 address 02:00:00:0a:0d:0b type vxlan id 5 df set gbp dstport 4789
ip link set vx0 type vxlan dev veth0 flowlabel 0xfffff
ip link add vx1 address 02:00:00:0a:0d:0c type vxlan id 0x10 nol2miss
ip link add vx0 address 02:00:00:0a:0d:0d type vxlan id 0
ip link set vx2 type vxlan remote 0.0.0.0 nol2miss dev veth0
ip link add vx2 type vxlan id 6 srcport 20 10 tos 10 dstport 65535 proxy dstport 8472
ip link set vx4 up
ip -d -j link show type vxlan
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -br link
ip -d link show
ip -br link
