# Seeded random vxlan scenario (seed 10), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link
ip link set vx1 up
ip -4 link add vx4 address 02:00:00:0a:0a:01 mtu 1450 type vxlan id 6 group 239.2.2.2 ttl 256 dev lo noproxy hoplimit auto dstport 4789
ip link add vx0 address 02:00:00:0a:0a:02 type vxlan id 0x10 dstport 4789
ip link set vx1 down
ip link show type vxlan
ip -d link show
ip link show type vxlan
ip -d -j link show vx2
ip link set vx3 type vxlan local 192.0.2.10 nol3miss
ip link set veth1 up
ip -d link show
ip link add vx1 type vxlan id 6 noudpcsum remote 192.0.2.2 dev lo noremcsumtx l2miss
ip link set vx1 up
ip link del vx3
ip link add vx2 address 02:00:00:0a:0a:03 type vxlan id 16777215 udpcsum dsfield 1 df unset dev veth0 l2miss dstport 4789
ip link set vx1 down
ip -d link show
ip link add vx0 address 02:00:00:0a:0a:04 type vxlan id 6 df inherit dstport 4790 remote 0.0.0.0 dev veth0 dstport 8472
ip link add vx1 address 02:00:00:0a:0a:05 type vxlan id 0x10 rsc dev veth0 local 192.0.2.11
ip link add vx4 address 02:00:00:0a:0a:06 type vxlan id 7 srcport 0 0 local 2001:db8::10 srcport 20 10 remote 0.0.0.0 dstport 4789
ip -d -j link show type vxlan
ip link set vx1 mtu 1451
ip link del vx3
ip link add vx3 address 02:00:00:0a:0a:07 type vxlan id 0 l2miss maxaddress unlimited nol3miss dev veth1 dstport 4789
ip link
ip -br link
ip link set vx3 type vxlan local 2001:db8::10
ip -6 link add vx3 address 02:00:00:0a:0a:08 type vxlan id 16777215 remote fe80::1
ip link set vx4 up
ip link set vx2 type vxlan hoplimit 64 udp6zerocsumtx
ip link add vx4 address 02:00:00:0a:0a:09 type vxlan id 16777216 local 192.0.2.11 dstport 4789
ip link set veth0 down
ip link add vx3 address 02:00:00:0a:0a:0a type vxlan id 7 vnifilter dev lo group ff02::1 gbp dstport 4789
ip link set vx2 down
ip link set vx4 up
ip link set vx3 up
ip link add vx4 address 02:00:00:0a:0a:0b type vxlan id 16777216 local 0.0.0.0 df set remote 192.0.2.2 dstport 8472
ip -6 link add vx0 address 02:00:00:0a:0a:0c type vxlan id 6
ip link set vx1 mtu 68
ip -d link show
ip -br link
