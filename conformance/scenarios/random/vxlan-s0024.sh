# Seeded random vxlan scenario (seed 24), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip -d link show
ip link set vx1 mtu 1500
ip link show type vxlan
ip link set vx0 type vxlan hoplimit 256 flowlabel 0xfffff l3miss
ip link show type vxlan
ip link add vx0 address 02:00:00:0a:18:01 type vxlan id 0x10 noremcsumtx local 192.0.2.11 vnifilter tos 0x10 dstport 4789
ip -d -j link show vx2
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -d -j link show vx2
ip link
ip link add vx4 address 02:00:00:0a:18:02 type vxlan id 7 udpcsum tos 1 dstport 65535 dev nosuch
ip -d link show vx2
ip -6 link add vx2 address 02:00:00:0a:18:03 type vxlan id 7 l3miss dstport 4789
ip link set vx0 type vxlan dev lo srcport 0 0
ip link add vx3 type vxlan dstport 4789
ip -d -j link show vx1
ip link set vx4 type vxlan df unset group ff05::1
ip link show type vxlan
ip link set vx2 down
ip -d -j link show vx3
ip link
ip link set vx1 up
ip link add vx1 address 02:00:00:0a:18:04 type vxlan id 0 df set dstport 4790 udpcsum gbp local fe80::10 dstport 8472
ip link del vx1
ip link set vx2 up
ip -d -j link show type vxlan
ip -d link show vx0
ip link add vx3 address 02:00:00:0a:18:05 type vxlan id 5 ttl 256 remote 2001:db8::2 dstport 8472
ip link
ip -d -j link show type vxlan
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set vx3 up
ip -br link
ip -6 link add vx2 address 02:00:00:0a:18:06 type vxlan tos EF srcport 1000 2000
ip link add vx1 address 02:00:00:0a:18:07 type vxlan id 0
ip link add vx3 type vxlan id 0 maxaddress unlimited remote 192.0.2.1 dstport 4789
ip -d link show
ip -4 link add vx2 address 02:00:00:0a:18:08 mtu 1400 type vxlan id 6 dev lo dstport 4789 dstport 8472
ip link set vx0 mtu 1450
ip -d -j link show vx1
ip -d link show
ip -br link
