# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 65), from conformance/generators/routingx.ts.
ip link set lo up
ip link add veth0 address 02:00:00:00:02:01 type veth peer name veth1 address 02:00:00:00:02:02
ip link add veth2 address 02:00:00:00:02:03 type veth peer name veth3 address 02:00:00:00:02:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:b::1/64 dev veth2 nodad
ip addr add 2001:db8:c::1/64 dev veth1 nodad
sysctl -w net.ipv4.fib_multipath_hash_seed=3762
ip nexthop
ip nexthop add id 2 via 2001:db8:b::3 dev veth2
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip nexthop add id 1 via 192.0.2.2 dev veth0
ip -j -6 route show table all
route -n
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip nexthop replace id 6 via 2001:db8:b::3 dev veth2
ip -6 route show table 100
ip nexthop
ip -6 route del 2001:db8:300::/40 metric 0
ip -6 route append 2001:db8:300::/40 nexthop via 2001:db8:b::3 weight 3 nexthop via 2001:db8:b::3 metric 10 expires 2147483647
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:a::3 nexthop via 2001:db8:c::2 metric 0 table 100 expires 4294967295
ip -6 route del unreachable 2001:db8:200::/48
route -n -A inet6
ip -j nexthop
ip -d nexthop
ip -6 route add 2001:db8:a::80/121 nhid 4 metric 5
ip route del 10.0.0.0/8 nhid 6
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:100::/56 via fe80::1 metric 10 table 100
ip route get 192.0.2.9
ip route
route -n -A inet6
ip nexthop add id 5 via 198.51.100.3 dev veth2
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 table 100 pref low
ip nexthop replace id 2 group 1
ip route add 10.1.2.0/24 nhid 4
ip -6 route del 2001:db8:200::1
ip -6 route del unreachable 2001:db8:a::80/121 metric 256 pref high
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip -6 route add prohibit ::/1 metric 256 expires 2147483647
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route del 2001:db8:a::80/121 metric 0
ip -6 -d route
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route add 2001:db8:200::1 nhid 3 metric 5
ip -d route show table all
ip -6 route add throw 2001:db8:200::/48
ip route del 10.1.2.3
ip nexthop add id 3 via 198.51.100.3 dev veth2
ip -6 route get 2001:db8:300::7 oif veth2
ip -6 route add prohibit 2001:db8:200::1 table 100
ip -d nexthop
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route change blackhole 2001:db8:200::/48 pref low
ip nexthop del id 5
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route show table all
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route del 2001:db8:100::/48 metric 1024 table local
ip -6 route del ::/1 via fe80::1 pref low
ip route add 10.1.2.3 nhid 7 table 100
ip -6 route add throw 2001:db8:300::/40 metric 0 table 100 expires 2147483647
ip nexthop show groups
ip -6 -d route
ip route get 172.16.1.1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
