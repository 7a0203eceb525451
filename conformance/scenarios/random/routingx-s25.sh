# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 25), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=6317
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 2 group 4
ip -6 route add default dev nosuch expires 4294967295
ip nexthop show groups
ip -6 route del ::/1 dev veth2 table 200
ip route del 10.0.0.0/8 nhid 3 table 100
ip route del 10.1.2.3
ip -6 -d route
ip -6 route add prohibit 2001:db8:300::/40 metric 256 pref high
ip -6 route add 2001:db8:100::/48 dev lo metric 0 table 200 pref low
ip route
ip -6 route del prohibit 2001:db8:a::80/121 metric 0
ip -6 route add throw 2001:db8:100::/48 table 100
ip -6 route add unreachable 2001:db8:100::/48 metric 0 table local pref high
ip route del 10.0.0.0/8
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route del ::/1
ip -6 route get 2001:db8:100::2
ip -6 route add default nhid 3
ip -6 route change blackhole 2001:db8:a::80/121 metric 10
ip -6 route change 2001:db8:a::80/121 dev veth1 metric 0
ip route get 10.1.2.3
ip route get 172.16.1.1 oif veth2
ip route add 10.0.0.0/8 nhid 4
ip -6 route
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip nexthop add id 1 group 4,2/6
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip route
ip -6 route get 2001:db8:100::1
ip route del default nhid 5
ip nexthop add id 6 group 1,2/5
ip -6 route prepend unreachable 2001:db8:a::/64 table 200
route add -host 10.22.0.1 dev veth2
ip nexthop add id 7 group 1/7,3
route -A inet6 add default gw 2001:db8:99::1
ip nexthop del id 9
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nhid 3
ip -6 route del default
ip route del default nhid 4
ip -6 route get 2001:db8:200::1
ip nexthop replace id 7 group 3/7
ip route get 10.0.0.1 oif veth2
ip -d nexthop
ip nexthop del id 5
ip nexthop show groups
ip nexthop add id 1 via 2001:db8:a::2 dev veth0
route add -host 10.22.0.1 reject metric 3
ip -6 route add 2001:db8:200::1 dev nosuch metric 256 expires 2147483647
ip -6 route add default via 2001:db8:a::3 metric 1024 table local pref low
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add throw 2001:db8:200::1 metric 0 table local pref low
ip -6 route del prohibit 2001:db8:300::/40 metric 0
ip -6 route show table all
ip nexthop
ip route add 10.0.0.0/8 nhid 1 table 100
ip -6 route add blackhole 2001:db8:300::/40 expires 2147483647
ip nexthop replace id 2 group 6
ip nexthop del id 1
ip -6 route add blackhole 2001:db8:200::/48 metric 0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
