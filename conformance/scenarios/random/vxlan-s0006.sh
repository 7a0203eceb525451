# Seeded random vxlan scenario (seed 6), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link add vx3 address 02:00:00:0a:06:01 type vxlan id 16777216 srcport 1000 2000
ip link add vx0 address 02:00:00:0a:06:02 type vxlan id 16777216 noudp6zerocsumtx df set
ip -d -j link show type vxlan
ip -d link show vx4
ip link set vx1 mtu 1450
ip link show type vxlan
ip link set vx3 mtu 1430
ip -d link show vx2
ip -d link show vx4
ip link set vx1 type vxlan dev lo
ip -4 link add vx1 address 02:00:00:0a:06:03 type vxlan id 16777216 ttl 255 dstport 4789
ip -d -j link show vx1
ip -d link show vx0
ip link del vx3
ip link show type vxlan
ip link set vx1 up
ip -d link show
ip link set vx4 mtu 1500
ip -d link show vx3
ip -6 link add vx2 address 02:00:00:0a:06:04 mtu 1450 type vxlan id 5 srcport 1000 2000 group 239.1.1.1
ip link set veth0 down
ip -4 link set vx3 type vxlan local fe80::10 remote 2001:db8::2
ip link del vx3
ip -br link
ip link del vx3
ip link add vx1 address 02:00:00:0a:06:05 type vxlan id 16777215 vnifilter group 239.2.2.2 nolearning dstport 8472
ip link set vx2 up
ip link set vx1 type vxlan ageing 300 df inherit
ip -d link show
ip link set vx3 mtu 1500
ip link add vx4 address 02:00:00:0a:06:06 type vxlan id 7
ip -4 link add vx2 address 02:00:00:0a:06:07 type vxlan id 0x10 dev lo l3miss dstport 8472
ip -d -j link show type vxlan
ip link add vx2 address 02:00:00:0a:06:08 type vxlan hoplimit 256 maxaddress 10 remote 2001:db8::2
ip -d link show vx3
ip link set vx1 type vxlan dev nosuch srcport 0 0
ip -d -j link show type vxlan
ip link show type vxlan
ip link show type vxlan
ip link set vx0 down
ip -d link show
ip -br link
