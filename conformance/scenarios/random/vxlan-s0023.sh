# Seeded random vxlan scenario (seed 23), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link add vx3 address 02:00:00:0a:17:01 type vxlan id 16777216 dev veth1
ip link add vx4 type vxlan id 16777215 df inherit remote 2001:db8::2 dstport 65535 local 0.0.0.0 dstport 4789
ip link
ip -d -j link show vx1
ip link set veth1 down
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -d -j link show vx1
ip link show type vxlan
ip -d link show
ip link del vx3
ip -4 link set vx1 type vxlan dstport 4789
ip link set vx4 mtu 1450
ip link add vx3 address 02:00:00:0a:17:02 type vxlan id 16777215 dev veth0 noudp6zerocsumrx udp6zerocsumrx
ip link add vx2 address 02:00:00:0a:17:03 type vxlan id 5 remote fe80::1 flowlabel 0x1 udp6zerocsumtx dstport 65535 noremcsumtx
ip link show type vxlan
ip -4 link add vx3 address 02:00:00:0a:17:04 type vxlan id 5 noudp6zerocsumrx
ip link add vx4 address 02:00:00:0a:17:05 mtu 1400 type vxlan id 7 dev veth1 noproxy local 2001:db8::10 dstport 4789
ip link set vx2 type vxlan noremcsumrx
ip -6 link add vx3 address 02:00:00:0a:17:06 type vxlan id 0x10 ttl auto df set local 192.0.2.10 dstport 8472
ip -d -j link show type vxlan
ip link add vx3 address 02:00:00:0a:17:07 type vxlan id 0x10 dstport 4789
ip link add vx0 address 02:00:00:0a:17:08 type vxlan id 16777215
ip link add vx0 address 02:00:00:0a:17:09 mtu 1400 type vxlan ageing 0 dstport 8472
ip link del vx4
ip link set vx2 down
ip link set vx2 type vxlan df unset rsc ageing 0
ip -d -j link show type vxlan
ip link add vx1 address 02:00:00:0a:17:0a type vxlan dstport 4789
ip -d link show
ip -4 link set vx1 type vxlan srcport 5 5
ip link
ip -br link
ip link
ip -6 link add vx0 address 02:00:00:0a:17:0b type vxlan id 0 maxaddress 10 remote 2001:db8::2 flowlabel 5 dev lo dstport 8472
ip link add vx1 address 02:00:00:0a:17:0c type vxlan id 5 remote 0.0.0.0 udpcsum local fe80::10 dstport 4789
ip link add vx4 type vxlan id 6 group ff05::1 proxy srcport 20 10 dev nosuch dstport 4789
ip link set vx4 type vxlan srcport 0 0 remote 0.0.0.0
ip link add vx1 address 02:00:00:0a:17:0d type vxlan id 6 remote fe80::1 dev veth1
ip -d link show
ip -br link
ip -d link show
ip -br link
