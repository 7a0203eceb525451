# Seeded random vxlan scenario (seed 30), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 100
ip -d link show vx2
ip link add vx2 address 02:00:00:0a:1e:01 type vxlan id 5 dsfield 0 nol3miss noudp6zerocsumrx remcsumtx dstport 8472 dstport 8472
ip link set vx2 type vxlan local 0.0.0.0 dstport 65535
ip -d link show vx3
ip link set vx3 up
ip -d link show
ip link add vx2 address 02:00:00:0a:1e:02 type vxlan id 5 dstport 4789
ip link set vx2 up
ip link
ip link set vx0 type vxlan df inherit dev nosuch
ip link set veth0 mtu 1300
ip link set vx2 mtu 1451
ip -d link show vx1
ip link set vx1 type vxlan l2miss local 192.0.2.10
ip link set vx4 up
ip link add vx2 address 02:00:00:0a:1e:03 type vxlan id 16777215 df inherit flowlabel 5 local 0.0.0.0
ip -d -j link show vx3
ip -d link show
ip -br link
ip -d link show vx0
ip -br link
ip link del vx0
ip -br link
ip link set vx1 type vxlan noudp6zerocsumrx maxaddress unlimited local 192.0.2.10
ip -4 link add vx0 type vxlan id 0x10 group 239.2.2.2 proxy external
ip link set vx1 down
ip -d link show vx4
ip link set vx4 type vxlan df inherit ageing 300
ip link set vx3 up
ip -4 link add vx3 address 02:00:00:0a:1e:04 type vxlan id 0x10 maxaddress 10 dstport 65535 noudp6zerocsumrx dstport 4789
ip link set vx2 mtu 9000
ip -br link
ip link add vx0 address 02:00:00:0a:1e:05 type vxlan id 5 vnifilter remote 2001:db8::2
ip -d -j link show vx0
ip link add vx1 address 02:00:00:0a:1e:06 type vxlan id 5 remcsumtx nol2miss maxaddress unlimited dstport 4789
ip -d link show vx2
ip -d -j link show vx1
ip link set vx2 type vxlan udpcsum dev nosuch
ip link add vx3 address 02:00:00:0a:1e:07 type vxlan id 5 dstport 8472
ip link add vx3 address 02:00:00:0a:1e:08 type vxlan id 7 remote fe80::1 ttl 1 df set dev veth1
ip -d link show
ip -br link
