# IPv6 forwarding joins each address's subnet-router anycast address
# (addrconf_join_anycast(): the prefix with the host bits zero, not for /127,
# /128 or a zero prefix) and puts an anycast route in table local.
# (Per device once both veth ends are up: the order of two link-local
# anycast routes follows which DAD finished first.)
ip link set lo up
ip link add v1 address 02:00:00:00:61:01 type veth peer name v1p address 02:00:00:00:61:02
ip addr add 2001:db8:1::7/48 dev v1 nodad
ip addr add 2001:db8:1::8/48 dev v1 nodad
ip addr add 2001:db8:2::1/127 dev v1 nodad
ip addr add 2001:db8:3::1/128 dev v1 nodad
ip addr add ::5/64 dev v1 nodad
ip addr add 2001:db8:4::1/64 dev lo
sysctl -w net.ipv6.conf.v1.forwarding=1
ip -6 route show table local
sysctl -w net.ipv6.conf.v1.forwarding=2
ip -6 route show table local
ip addr del 2001:db8:1::7/48 dev v1
ip -6 route show table local
ip addr del 2001:db8:1::8/48 dev v1
ip -6 route show table local
ip addr add 2001:db8:5::9/64 dev v1 nodad
ip -6 route show table local
ip route get 2001:db8:5::
ip -6 route show table all type anycast
sysctl -w net.ipv6.conf.v1.forwarding=0
ip -6 route show table local
sysctl -w net.ipv6.conf.all.forwarding=1
ip -6 route show table local
sysctl -w net.ipv6.conf.lo.forwarding=0
ip -6 route show table local
ip link set v1 up
ip link set v1p up
ip addr add 2001:db8:6::1/64 dev v1p nodad
ip -6 route show table local dev v1
ip -6 route show table local dev v1p
ip -6 route show table local dev lo
ip link set v1 down
ip -6 route show table local dev v1
ip -6 route show table local dev v1p
ip -6 route show table local dev lo
ip link set v1 up
ip addr add 2001:db8:7::1/64 dev v1 nodad
ip -6 route show table local dev v1
ip -6 route show table local dev v1p
ip -6 route show table local dev lo
sysctl -w net.ipv6.conf.all.forwarding=0
ip -6 route show table local dev v1
ip -6 route show table local dev v1p
ip -6 route show table local dev lo
sysctl -w net.ipv6.conf.default.forwarding=1
ip link add v2 address 02:00:00:00:61:03 type veth peer name v2p address 02:00:00:00:61:04
ip addr add 2001:db8:8::1/64 dev v2 nodad
sysctl net.ipv6.conf.v2.forwarding
ip -6 route show table local dev v2
ip link del v2
ip -6 route show table local dev v1
ip -6 route show table local dev v1p
ip -6 route show table local dev lo
ip -6 addr show dev v1
