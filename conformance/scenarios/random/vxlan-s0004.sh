# Seeded random vxlan scenario (seed 4), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 100
ip -4 link set vx1 type vxlan remote :: maxaddress unlimited
ip link
ip link
ip link set veth0 down
ip -d -j link show vx2
ip link
ip link set vx2 mtu 1300
ip link set veth0 up
ip -d -j link show vx2
ip link set vx3 mtu 1450
ip link set veth0 mtu 68
ip -d link show vx1
ip -d link show
ip -d link show
ip link set vx4 up
ip link
ip link set vx2 type vxlan local 2001:db8::10
ip -d link show
ip link set veth1 up
ip -6 link add vx3 address 02:00:00:0a:04:01 type vxlan id 5 dev nosuch noproxy l3miss noremcsumrx dstport 4789
ip -d -j link show vx3
ip link set vx3 type vxlan dstport 4790
ip link del veth1
ip link show type vxlan
ip -d link show vx0
ip -d -j link show type vxlan
ip link
ip link set vx4 type vxlan dstport 4789
ip -br link
ip link set vx2 up
ip -d -j link show vx4
ip link add vx3 address 02:00:00:0a:04:02 type vxlan id 6 dstport 4789
ip link
ip -br link
ip link set vx2 mtu 1451
ip link set vx4 down
ip link add vx3 address 02:00:00:0a:04:03 mtu 1400 type vxlan id 5 ageing 0 hoplimit 255 dev veth0 nol3miss dstport 8472 dstport 8472
ip link set vx2 mtu 68
ip link add vx3 type vxlan remote 192.0.2.1 ageing 300
ip link del vx3
ip -d link show
ip -br link
