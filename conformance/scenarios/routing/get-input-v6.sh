# ip -6 route get ... iif: the input lookup (ip6_route_input_lookup()), with
# rules on the input device, and what the answer shows (iif, no source).
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:c::1/64 dev veth1 nodad
ip addr add 2001:db8:b::1/64 dev veth2 nodad
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add unreachable 2001:db8:6::/48
ip -6 route get 2001:db8:5::1 iif veth1
ip -6 route get 2001:db8:5::1 iif veth1 from 2001:db8:c::2
ip -6 route get 2001:db8:a::1 iif veth1 from 2001:db8:c::2
ip -6 route get 2001:db8:9::1 iif veth1 from 2001:db8:c::2
ip -6 route get 2001:db8:6::1 iif veth1 from 2001:db8:c::2
ip -6 route get 2001:db8:b::7 iif veth1
ip -j -6 route get 2001:db8:5::1 iif veth1
ip -6 rule add iif veth1 table 100
ip -6 route get 2001:db8:5::1 iif veth1
ip -6 route get 2001:db8:5::1 iif veth3
ip -6 route get 2001:db8:5::1
ip -6 rule add iif veth3 uidrange 0-0 prohibit
ip -6 route get 2001:db8:5::1 iif veth3
ip -6 route get 2001:db8:5::1 iif veth3 uid 0
ip -6 route get 2001:db8:5::1 iif veth3 mark 5
ip -6 route get 2001:db8:5::1 iif veth1 oif veth2
ip -6 route get 2001:db8:5::1 iif nosuch
