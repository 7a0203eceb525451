# Seeded random vxlan scenario (seed 18), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link del vx2
ip link
ip link add vx0 address 02:00:00:0a:12:01 type vxlan id 16777216 hoplimit 64 df set remote :: dstport 4789
ip link add vx3 address 02:00:00:0a:12:02 type vxlan id 6 local 0.0.0.0 dstport 8472
ip link del vx3
ip -d link show
ip link set vx3 up
ip link add vx4 address 02:00:00:0a:12:03 type vxlan id 5 group 10.1.1.1 dstport 8472 dev veth1 remote fe80::1
ip -d -j link show type vxlan
ip -br link
ip -d -j link show vx4
ip link add vx0 address 02:00:00:0a:12:04 type vxlan id 5 dstport 65535 noremcsumrx dev lo srcport 0 0 dstport 8472
ip link add vx3 address 02:00:00:0a:12:05 type vxlan id 0 nol2miss remote 2001:db8::1 dstport 4789
ip link del veth1
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -d -j link show type vxlan
ip -6 link add vx0 address 02:00:00:0a:12:06 type vxlan id 6 local 192.0.2.11 dev lo ttl auto hoplimit auto
ip link
ip link del vx1
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add vx4 type vxlan id 16777215 norsc external dsfield 10
ip -d -j link show vx2
ip link add vx3 mtu 1450 type vxlan id 5 group 239.1.1.1
ip link set vx4 type vxlan maxaddress 0 proxy
ip link set vx0 type vxlan flowlabel 0x1
ip link set vx3 mtu 1450
ip link del vx4
ip link show type vxlan
ip link add vx1 type vxlan remote :: learning l3miss
ip link set vx1 type vxlan l2miss maxaddress 0 df unset
ip link
ip -d -j link show vx4
ip link add vx0 address 02:00:00:0a:12:07 type vxlan id 6
ip link add vx2 address 02:00:00:0a:12:08 type vxlan id 5 dev veth0 dstport 4789
ip link add vx3 address 02:00:00:0a:12:09 type vxlan dstport 4789
ip link set veth0 mtu 1300
ip link add vx0 address 02:00:00:0a:12:0a type vxlan id 0x10 dev lo tos inherit ttl 256 gbp nol3miss dstport 4789
ip link add vx2 address 02:00:00:0a:12:0b type vxlan id 5 hoplimit 64 dstport 8472 dev lo srcport 5 5 dstport 8472
ip link set vx3 mtu 1300
ip link add vx0 address 02:00:00:0a:12:0c type vxlan id 5 dstport 8472
ip -d link show
ip -br link
