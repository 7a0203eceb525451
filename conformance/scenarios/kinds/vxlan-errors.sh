# vxlan: iproute2's own refusals (exit 255 or 1) and the kernel's (exit 2).
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 5 dstport 4789
ip link add vx9 type vxlan id 16777216
ip link add vx9 type vxlan id -1
ip link add vx9 type vxlan id abc
ip link add vx9 type vxlan id
ip link add vx9 type vxlan id 5 id 6
ip link add vx9 type vxlan vni 5 id 6
ip link add vx9 type vxlan id 5 nolearning learning
ip link add vx9 type vxlan id 5 proxy noproxy
ip link add vx9 type vxlan id 5 foo
ip link add vx9 type vxlan id 5 help
ip link add vx9 type vxlan id 5 remote 10.0.0.1 group 239.1.1.1
ip link add vx9 type vxlan id 5 group 239.1.1.1 remote 10.0.0.1
ip link add vx9 type vxlan id 5 remote 10.0.0.1 remote 10.0.0.2
ip link add vx9 type vxlan id 5 group 239.1.1.1 dstport 4789
ip link add vx9 type vxlan id 5 remote 239.1.1.1 dstport 4789
ip link add vx9 type vxlan id 5 group 10.1.1.1 dstport 4789
ip link add vx9 type vxlan id 5 local 239.1.1.1
ip link add vx9 type vxlan id 5 local any
ip link add vx9 type vxlan id 5 remote bogus
ip link add vx9 type vxlan id 5 local 10.0.0.1 remote 2001:db8::2
ip link add vx9 type vxlan id 5 remote 2001:db8::2 local 10.0.0.1
ip link add vx9 type vxlan id 5 dev nosuch
ip link add vx9 type vxlan id 5 dev veth0 dev veth1
ip link add vx9 type vxlan id 5 ttl 256
ip link add vx9 type vxlan id 5 ttl abc
ip link add vx9 type vxlan id 5 ttl -1
ip link add vx9 type vxlan id 5 tos xyz
ip link add vx9 type vxlan id 5 tos 100
ip link add vx9 type vxlan id 5 df foo
ip link add vx9 type vxlan id 5 flowlabel 0x100000
ip link add vx9 type vxlan id 5 flowlabel x
ip link add vx9 type vxlan id 5 ageing x
ip link add vx9 type vxlan id 5 maxaddress -5
ip link add vx9 type vxlan id 5 srcport 10
ip link add vx9 type vxlan id 5 srcport x 10
ip link add vx9 type vxlan id 5 srcport 10 x
ip link add vx9 type vxlan id 5 srcport 20 10
ip link add vx9 type vxlan id 5 srcport 1 2 srcport 3 4
ip link add vx9 type vxlan id 5 dstport 70000
ip link add vx9 type vxlan id 5 dstport 1 dstport 2
ip link add vx9 type vxlan vnifilter
ip link add vx9 type vxlan id 5 external
ip link add vx9 type vxlan external id 5
ip link add vx9 type vxlan dstport 4789
ip link add vx9 type vxlan id 7 gpe
ip link add vx9 type vxlan id 7 flowlabel 5 dstport 4789
ip link add vx9 type vxlan id 5 dstport 4789
ip link add vx9 mtu 20 type vxlan id 8 dstport 4789
ip link add vx9 mtu 70000 type vxlan id 8 dstport 4789
ip link add vx9 address 01:02:03:04:05:06 type vxlan id 10 dstport 4789
ip link add vx9 address 00:00:00:00:00:00 type vxlan id 10 dstport 4789
ip link add vx9 address 02:02:03:04:05 type vxlan id 10 dstport 4789
ip link add vx0 mtu 20 type vxlan id 8 dstport 4789
ip link add vx0 type vxlan id 5 srcport 9 1
ip link add vx9 type vxlan id 5 mtu 1400
ip link add vx9 type vxlan id 5 a
ip link add vx9 type vxlan id 5 n
ip -br link
