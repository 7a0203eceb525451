# vxlan over IPv6: remote6/local6/group6 in JSON, flowlabel, link-local
# rules, ip -4/-6 choosing the family with no address, and the VNI check
# keyed on family, port and receive flags.
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 10 local 2001:db8::1 remote 2001:db8::2 dstport 4789
ip link add vx1 type vxlan id 11 remote 2001:db8::1 flowlabel 0x12345 df set dstport 4789
ip link add vx2 type vxlan id 12 remote 2001:db8::1 local :: dstport 4789
ip link add vx3 type vxlan id 13 local fe80::1 remote 2001:db8::1 dstport 4789
ip link add vx3 type vxlan id 13 local fe80::1 dstport 4789
ip link add vx3 type vxlan id 13 remote fe80::1 dstport 4789
ip link add vx3 type vxlan id 13 local fe80::1 remote fe80::2 dev veth0 dstport 4789
ip link add vx4 type vxlan id 13 local fe80::1 remote fe80::3 dev veth1 dstport 4789
ip link add vx5 type vxlan id 13 local fe80::5 remote fe80::6 dev veth0 dstport 4789
ip link add vx6 type vxlan id 14 group ff02::1 dstport 4789
ip link add vx6 type vxlan id 14 group ff02::1 dev veth0 dstport 4789
ip link add vx7 type vxlan id 15 local 2001:db8::7 group ff02::1 dev veth0 dstport 4789
ip -6 link add vx8 type vxlan id 16 dstport 4789
ip -4 link add vx9 type vxlan id 16 dstport 4789
ip -4 link add vx10 type vxlan id 17 dstport 4789 remote 2001:db8::1
ip -6 link add vx11 type vxlan id 18 dstport 4789 remote 10.0.0.1
ip link add vx12 type vxlan id 16 dstport 4789 remote 2001:db8::9
ip link add vx12 type vxlan id 16 dstport 4789 remote 10.9.9.9
ip link add vx12 type vxlan id 16 dstport 4789 gbp
ip link add vx13 type vxlan id 16 dstport 4789 udp6zerocsumrx remote 2001:db8::9
ip link add vx14 type vxlan id 16 dstport 4789 udp6zerocsumtx remote 2001:db8::9
ip -6 link add vx14 mtu 1400 type vxlan id 19 dstport 4789 dev veth0
ip -d link show
ip -d -j link show
ip -6 link set vx8 type vxlan ttl 3
ip -4 link set vx8 type vxlan ttl 3
ip -br link
