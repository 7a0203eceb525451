# Seeded random vxlan scenario (seed 21), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link set vx2 up
ip -d -j link show vx4
ip link set vx1 up
ip link del vx1
ip -br link
ip -br link
ip link add vx2 address 02:00:00:0a:15:01 type vxlan id 0 remote fe80::1 remcsumrx dstport 4789
ip link set veth1 up
ip -d -j link show type vxlan
ip link show type vxlan
ip link add vx2 address 02:00:00:0a:15:02 type vxlan id 16777215 dstport 8472
ip -d link show
ip link add vx1 address 02:00:00:0a:15:03 type vxlan id 5 norsc
ip link set vx1 type vxlan dev lo local 2001:db8::10 ttl auto
ip -d -j link show vx1
ip -d link show vx1
ip link show type vxlan
ip -d link show
ip link show type vxlan
ip link add vx3 address 02:00:00:0a:15:04 type vxlan id 16777215 dev veth0 rsc ageing 100
ip link
ip link del vx4
ip link set vx2 up
ip link add vx1 address 02:00:00:0a:15:05 mtu 1400 type vxlan id 6 remote fe80::1 dsfield 0 maxaddress 10 dstport 4789
ip -d -j link show type vxlan
ip link set vx2 up
ip link add vx1 address 02:00:00:0a:15:06 type vxlan id 0x10 df set remote 239.1.1.1 dstport 8472 udp6zerocsumtx dstport 4789
ip link add vx2 address 02:00:00:0a:15:07 mtu 67 type vxlan id 0x10 dstport 4790 dev lo rsc maxaddress unlimited dstport 8472
ip -6 link add vx4 address 02:00:00:0a:15:08 type vxlan id 0
ip link set vx2 type vxlan ageing 100 srcport 5 5 group ff05::1
ip link show type vxlan
ip -d link show vx3
ip link set vx3 up
ip link add vx4 address 02:00:00:0a:15:09 type vxlan id 7 ageing 0 group 10.1.1.1 maxaddress 10 dstport 4789
ip link set vx0 up
ip link add vx0 address 02:00:00:0a:15:0a type vxlan id 5 local 2001:db8::10 ttl 1 dstport 8472
ip -br link
ip link add vx0 address 02:00:00:0a:15:0b type vxlan id 0 proxy flowlabel 0xfffff srcport 5 5 dstport 0 dev lo
ip -d link show
ip link
ip -d link show
ip -br link
