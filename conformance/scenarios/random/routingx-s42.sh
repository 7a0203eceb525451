# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 42), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=62510
ip -6 route del blackhole default metric 0 expires 2147483647
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route get 10.1.2.4 oif veth2
ip nexthop del id 1
ip -6 route del unreachable ::/1 table 100
route add -net 10.23.0.0/24 reject metric 3
ip nexthop show groups
ip -6 route del ::/1
ip nexthop
ip nexthop show groups
ip nexthop del id 1
ip -6 route del default nexthop via 2001:db8:b::3 weight 1 nexthop via 2001:db8:b::2 metric 10 pref high
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route add 2001:db8:a::/64 via fe80::1 table local expires 2147483647
ip route get 10.0.0.1 from 192.0.2.1
ip nexthop del id 3
ip -d nexthop
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2 metric 10
ip route del 10.1.2.0/24 nhid 5 table 100
ip -6 route change default nexthop via 2001:db8:b::2 nexthop via 2001:db8:99::1 metric 10
ip -6 route
ip -6 route get 2001:db8:100::1
ip -6 route add blackhole 2001:db8:100::/56 metric 256 table 100
ip route del 10.1.0.0/16 nhid 8
ip nexthop replace id 7 group 4
ip nexthop show groups
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1 metric 1024 pref high
ip -6 route add throw ::/1 metric 256
ip -6 route get 2001:db8:ffff::1
ip route add 10.1.2.3 nhid 1 metric 5
ip -6 route add 2001:db8:100::/48 nhid 1
ip -6 route del 2001:db8:a::/64 via 2001:db8:c::2 dev veth1
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route del throw 2001:db8:a::/64 table 100 pref high
ip route del 10.0.0.0/8
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop add id 8 group 7
ip route get 10.1.2.4
ip -6 route del 2001:db8:200::1 table local
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -d nexthop
netstat -rn -6
ip -6 route change 2001:db8:a::80/121 via fe80::1 metric 0 expires 4294967295
ip route add default nhid 6 table 100
ip -6 route del throw 2001:db8:100::/56 metric 1024
ip -d route show table all
ip -6 route replace ::/1 via fe80::1 metric 256 table 200
ip -6 -d route
ip -6 route del 2001:db8:100::/56 via 2001:db8:99::1 metric 10 table 100
ip nexthop replace id 1 group 6/5,3
ip -6 route add prohibit ::/1 metric 256 mtu 1400
ip -6 route add default nexthop via 2001:db8:a::2 nexthop via 2001:db8:99::1 metric 10 pref high
ip nexthop replace id 8 group 6/4
ip route get 10.1.2.4
ip -6 route add prohibit 2001:db8:300::/40 metric 256 table 100 expires 4294967295
ip -6 route add throw 2001:db8:100::/56
ip -6 route change 2001:db8:a::80/121 via 2001:db8:a::3
ip nexthop add id 5 group 1/3/8
route add -host 10.22.0.1 reject
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
