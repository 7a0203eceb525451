# Seeded random vxlan scenario (seed 29), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link add vx1 address 02:00:00:0a:1d:01 type vxlan id 5 ttl 255 dstport 4789
ip link show type vxlan
ip link add vx4 address 02:00:00:0a:1d:02 type vxlan id 16777215 norsc ageing 0 dev veth0 remote 0.0.0.0 dstport 8472
ip link
ip link add vx0 address 02:00:00:0a:1d:03 type vxlan id 16777215 dev veth0 nol3miss local 192.0.2.10 maxaddress 0 dstport 4789
ip link set veth1 up
ip -d -j link show type vxlan
ip link add vx3 address 02:00:00:0a:1d:04 type vxlan id 5 ttl auto norsc tos 0 noremcsumrx flowlabel 0xfffff dstport 4789
ip -6 link add vx4 type vxlan local fe80::10 tos CS1 udp6zerocsumtx dstport 8472
ip link
ip -br link
ip -6 link add vx2 address 02:00:00:0a:1d:05 type vxlan local 2001:db8::10
ip link del vx4
ip link set vx4 up
ip link add vx4 type vxlan id 0 dev veth1 dstport 4789
ip link set vx4 mtu 1300
ip link add vx3 address 02:00:00:0a:1d:06 type vxlan id 16777216 maxaddress 0 remcsumtx srcport 20 10 noudp6zerocsumrx l2miss dstport 8472
ip link add vx1 address 02:00:00:0a:1d:07 type vxlan id 0x10 ttl 64 gbp l2miss flowlabel 0 dstport 4789
ip -d -j link show type vxlan
ip link set vx2 mtu 1300
ip link set vx2 type vxlan dev lo
ip link
ip link set vx1 type vxlan norsc remote 192.0.2.1 noproxy
ip link set vx4 type vxlan dsfield 10
ip link set vx2 up
ip link del vx1
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add vx1 address 02:00:00:0a:1d:08 type vxlan id 5 tos inherit nol3miss dev veth0 dstport 4789 flowlabel 0x1 dstport 4789
ip link set vx2 mtu 68
ip link set vx2 up
ip -d -j link show vx0
ip link add vx0 address 02:00:00:0a:1d:09 type vxlan id 0 df inherit nol2miss udp6zerocsumtx dstport 65535
ip -d link show
ip link set vx1 type vxlan remcsumtx remote :: noproxy
ip link set vx1 up
ip link add vx3 address 02:00:00:0a:1d:0a type vxlan id 5 l2miss maxaddress unlimited dstport 8472
ip link set vx0 type vxlan nol3miss ttl 1
ip link add vx3 address 02:00:00:0a:1d:0b type vxlan id 6 dstport 4789
ip -d link show vx3
ip link set vx1 up
ip -d link show
ip -br link
