# iplab-kernel: vm
# Lookups through the l3mdev rule: ip route get vrf NAME, oif SLAVE, oif VRF,
# iif SLAVE; an empty VRF table falls through to main; the unreachable
# default that closes a VRF; routes added with vrf NAME.
ip link set lo up
ip netns add ns1
ip link add vrf-blue address 02:00:00:00:10:01 type vrf table 10
ip link set vrf-blue up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns ns1
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 2001:db8::1/64 nodad dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip addr add 2001:db8:2::1/64 nodad dev veth2
ip link set veth0 master vrf-blue
ip addr add 2001:db8::1/64 nodad dev veth0
ip link set veth0 up
ip link set veth2 up
ip -n ns1 link set veth1 up
ip -n ns1 link set veth3 up
ip route get vrf vrf-blue 10.0.0.2
ip route get 10.0.0.2 oif veth0
ip route get 10.0.0.2 oif vrf-blue
ip route get 10.0.0.2
ip route get vrf vrf-blue 10.0.0.1
ip route get 10.0.0.1
ip route get vrf vrf-blue 198.51.100.1
ip route get vrf vrf-blue 198.51.100.2
ip route get 198.51.100.2 oif veth0
ip route get vrf vrf-blue 8.8.8.8
ip route get vrf vrf-blue 8.8.8.8 from 10.0.0.1
ip route get vrf nosuch 8.8.8.8
ip route get vrf veth0 8.8.8.8
ip route add default via 198.51.100.2
ip route get vrf vrf-blue 8.8.8.8
ip route add vrf vrf-blue unreachable default metric 4278198272
ip route get vrf vrf-blue 8.8.8.8
ip route add vrf vrf-blue 203.0.113.0/24 via 10.0.0.2
ip route add vrf vrf-blue 203.0.114.0/24 via 198.51.100.2
ip route add vrf nosuch 203.0.115.0/24 dev veth0
ip route show vrf vrf-blue
ip route show table 10
ip route get vrf vrf-blue 203.0.113.9
ip route get 203.0.113.9
ip route get vrf vrf-blue 203.0.113.9 fibmatch
ip route del vrf vrf-blue 203.0.113.0/24
ip route show vrf vrf-blue
ip -6 route get vrf vrf-blue 2001:db8::2
ip -6 route get vrf vrf-blue 2001:db8::1
ip -6 route get 2001:db8::2
ip -6 route get 2001:db8::2 oif veth0
ip -6 route get vrf vrf-blue 2001:db8:2::2
ip -6 route add vrf vrf-blue unreachable default metric 4278198272
ip -6 route get vrf vrf-blue 2001:db8:2::2
ip -6 route show vrf vrf-blue
ip route get 10.0.0.1 from 10.0.0.2 iif veth0
ip link set vrf-blue down
ip route get vrf vrf-blue 10.0.0.2
