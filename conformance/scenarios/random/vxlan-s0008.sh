# Seeded random vxlan scenario (seed 8), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link del vx2
ip link del vx4
ip link add vx2 address 02:00:00:0a:08:01 type vxlan id 5 dstport 4789
ip link add vx0 address 02:00:00:0a:08:02 mtu 9000 type vxlan id 7
ip link set vx3 up
ip link
ip link show type vxlan
ip -d -j link show vx3
ip link add vx0 type vxlan id 5 noudpcsum dstport 8472
ip link add vx2 address 02:00:00:0a:08:03 type vxlan id 5 local 2001:db8::10 group 239.1.1.1 noremcsumtx
ip link set vx2 up
ip link
ip link set vx1 type vxlan udp6zerocsumtx dstport 65535 dev veth0
ip link del vx3
ip -br link
ip -6 link add vx3 address 02:00:00:0a:08:04 type vxlan id 5 dsfield EF vnifilter ttl 256
ip link set vx3 type vxlan dev lo
ip -br link
ip link set vx1 up
ip link set vx0 mtu 1500
ip link add vx2 type vxlan id 16777215 dstport 4789
ip link del vx1
ip -d -j link show type vxlan
ip link add vx1 address 02:00:00:0a:08:05 type vxlan id 16777216 noudpcsum dstport 4789 local fe80::10 flowlabel 0 dstport 4789
ip link add vx4 mtu 1400 type vxlan id 0 dstport 8472
ip link add vx3 mtu 9000 type vxlan id 5 dev lo remcsumtx remote 2001:db8::2 hoplimit inherit dstport 65535 dstport 8472
ip link
ip -d -j link show vx1
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link show type vxlan
ip -d -j link show type vxlan
ip link add vx1 address 02:00:00:0a:08:06 type vxlan id 16777216 dstport 4790 udp6zerocsumrx remote 0.0.0.0 srcport 0 0 dstport 4789
ip -4 link add vx1 address 02:00:00:0a:08:07 type vxlan id 5 dstport 4790 dsfield 1
ip link show type vxlan
ip link show type vxlan
ip link
ip -d link show vx2
ip link set vx4 type vxlan external dstport 4789 external
ip -6 link add vx0 address 02:00:00:0a:08:08 type vxlan id 0 nol3miss dstport 4789
ip -4 link add vx3 address 02:00:00:0a:08:09 type vxlan id 5 l2miss local fe80::10 dstport 8472
ip -d link show
ip -br link
