# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 100), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=68308
ip nexthop replace id 5 via 2001:db8:a::3 dev veth2
ip -d nexthop
ip -6 route get 2001:db8:100::2 oif veth2
route -n -A inet6
ip -6 route add ::/1 nhid 1
ip nexthop flush groups
ip nexthop
ip route get 192.0.2.9
ip -6 route add 2001:db8:300::/40 nhid 7 metric 5
ip nexthop add id 5 via 2001:db8:a::2 dev veth0
ip -6 route get 2001:db8:a::9
ip nexthop del id 3
ip link set veth3 up
ip -6 route
ip -j nexthop
ip -6 route add blackhole 2001:db8:200::/48 metric 10 table 100
ip -6 route add prohibit 2001:db8:a::/64 metric 1024
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route show table all
ip -6 route add ::/1 via 2001:db8:a::2
ip route
ip nexthop add id 3 via 198.51.100.2 dev veth2
route add default dev veth0
route add -net 10.21.0.0/16 metric 3
ip -6 route add prohibit default metric 256
ip -6 route replace throw 2001:db8:200::1 metric 0
ip link set veth2 up
route -n
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 dev veth1 table 100
ip -6 route show table 100
ip -6 route change 2001:db8:200::1 via 2001:db8:a::3 metric 0
ip -6 route show table all
ip nexthop add id 4 via 192.0.2.2 dev veth2
ip -6 route show table all
ip route add 10.1.2.3 nhid 3 metric 5
ip -6 route prepend prohibit 2001:db8:100::/56 metric 0 mtu 1400
ip nexthop
ip -6 route del unreachable ::/1 metric 1024 table 200
ip -6 route get 2001:db8:100::1
ip -6 route add prohibit 2001:db8:100::/56 expires 4294967295
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::2 metric 10
ip -6 route show table 100
ip -d nexthop
ip -6 route add throw 2001:db8:a::80/121 metric 10 expires 2147483647
ip nexthop add id 5 dev veth0
ip nexthop add id 3 dev veth0
ip -6 route add prohibit ::/1 metric 0 table local mtu 1400
ip nexthop
ip -6 route add default via 2001:db8:c::2 table local mtu 1400
ip nexthop
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024 table 200 pref low
ip link set veth3 up
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1 metric 10
route del default
ip -6 route show table all
ip link set veth3 up
ip -6 route show table all
ip nexthop add id 8 group 3,2/6/5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
