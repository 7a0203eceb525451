# IPv6 ECMP: the next hop rt6_multipath_hash() and fib6_select_path() pick
# with a fixed net.ipv4.fib_multipath_hash_seed (shared with IPv6), under
# net.ipv6.fib_multipath_hash_policy 0 and 1, with weights and a dead sibling.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:b::1/64 dev veth2 nodad
sysctl -w net.ipv4.fib_multipath_hash_seed=12345
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:a::2 dev veth0 nexthop via 2001:db8:b::2 dev veth2
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:a::2 weight 3 nexthop via 2001:db8:b::2 weight 1
ip -6 route add 2001:db8:300::/48 via 2001:db8:a::2
ip -6 route append 2001:db8:300::/48 via 2001:db8:b::2
ip -6 route add 2001:db8:400::/48 nexthop via 2001:db8:a::2 nexthop via 2001:db8:b::2 nexthop via 2001:db8:a::3
ip -6 route
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:100::3
ip -6 route get 2001:db8:100::4
ip -6 route get 2001:db8:100::5
ip -6 route get 2001:db8:100:1::1
ip -6 route get 2001:db8:100:2::1
ip -6 route get 2001:db8:100:abcd::77
ip -6 route get 2001:db8:200::1
ip -6 route get 2001:db8:200::2
ip -6 route get 2001:db8:200::3
ip -6 route get 2001:db8:200::4
ip -6 route get 2001:db8:200::5
ip -6 route get 2001:db8:200::6
ip -6 route get 2001:db8:300::1
ip -6 route get 2001:db8:300::2
ip -6 route get 2001:db8:300::3
ip -6 route get 2001:db8:300::4
ip -6 route get 2001:db8:400::1
ip -6 route get 2001:db8:400::2
ip -6 route get 2001:db8:400::3
ip -6 route get 2001:db8:400::4
ip -6 route get 2001:db8:400::5
ip -6 route get 2001:db8:400::6
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route get 2001:db8:100::1 from 2001:db8:b::1
ip -6 route get 2001:db8:100::2 from 2001:db8:b::1
ip -6 route get 2001:db8:100::1 ipproto tcp
ip -6 route get 2001:db8:100::1 ipproto udp
ip -6 route get 2001:db8:100::2 ipproto tcp
ip -6 route get 2001:db8:100::3 ipproto icmpv6
ip -6 route get 2001:db8:100::1 oif veth2
sysctl -w net.ipv4.fib_multipath_hash_seed=1
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:100::3
ip -6 route get 2001:db8:100::4
ip -6 route get 2001:db8:200::1
ip -6 route get 2001:db8:200::2
ip -6 route get 2001:db8:200::3
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1000 dport 80
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1001 dport 80
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1002 dport 80
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1003 dport 80
ip -6 route get 2001:db8:100::1 ipproto udp sport 1000 dport 53
ip -6 route get 2001:db8:100::1 ipproto udp sport 53 dport 1000
ip -6 route get 2001:db8:100::1 ipproto udp sport 5000 dport 53
ip -6 route get 2001:db8:100::1 ipproto icmpv6
ip -6 route get 2001:db8:100::1 sport 1000 dport 80
ip -6 route get 2001:db8:200::9 ipproto tcp sport 40000 dport 443
ip -6 route get 2001:db8:200::9 ipproto tcp sport 40001 dport 443
ip -6 route get 2001:db8:200::9 ipproto tcp sport 40002 dport 443
sysctl -w net.ipv6.fib_multipath_hash_policy=0
ip link set veth2 down
ip -6 route
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:100::3
ip -6 route get 2001:db8:400::1
ip -6 route get 2001:db8:400::2
ip -6 route get 2001:db8:400::4
