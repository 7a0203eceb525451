# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 14), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=96583
ip nexthop add id 5 group 7
ip -6 route del default metric 0 table 100
ip nexthop replace id 3 via 198.51.100.2 dev veth2
ip nexthop replace id 8 group 5/6,3/2
ip nexthop add id 1 dev veth1
ip -6 route get 2001:db8:100:ff::3
ip route del 10.1.0.0/16
ip nexthop add id 2 group 8,1
ip -6 route add blackhole ::/1 metric 256 table 200
ip -6 route prepend blackhole ::/1 metric 0 table local mtu 1400
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::2 mtu 1400
ip -d route show table all
ip route get 8.8.8.8 oif veth2
ip route get 10.1.2.3 from 192.0.2.1
netstat -rn -6
ip -d route show table all
ip -6 route add unreachable 2001:db8:100::/56 metric 1024 table 200 pref high
ip route add 10.1.2.3 nhid 2 table 100
ip -d nexthop
ip route get 8.8.8.8 oif veth2
ip nexthop add id 4 via 192.0.2.3 dev veth2
ip route del 10.1.2.3 table 100
ip -6 route add prohibit 2001:db8:200::1 metric 1024
ip -6 route show table 100
ip route
ip nexthop add id 6 via 198.51.100.3 dev veth2
ip -6 route del 2001:db8:200::1 dev veth1 metric 1024 table local expires 2147483647
ip -j nexthop
ip -6 route del 2001:db8:a::80/121 metric 10 table 100
route -n -A inet6
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip link set veth0 up
ip -6 -d route
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:b::2 nexthop via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::3 metric 0
ip route del 10.0.0.0/8
ip -6 route get 2001:db8:100::2 oif veth2
route add -host 10.22.0.1 dev lo metric 3
ip route add default nhid 2 table 100
ip -6 route del 2001:db8:100::/48 metric 0
ip -6 route add 2001:db8:a::80/121 nhid 6 metric 5
ip -6 route add throw 2001:db8:200::/48 metric 1024 expires 2147483647
ip -6 route replace throw 2001:db8:a::/64 metric 0 table local expires 2147483647
ip nexthop flush
ip nexthop show groups
ip -6 route del 2001:db8:a::/64 dev nosuch table 200
ip -6 route get 2001:db8:100:ff::3
route -A inet6 add 2001:db8:402::1 gw 2001:db8:a::2 dev veth0
ip -6 route get 2001:db8:100::2 oif veth2
ip route get 8.8.8.8
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route change prohibit 2001:db8:200::1 metric 10
ip nexthop add id 4 via 198.51.100.2 dev veth0
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:300::/40 nhid 4 metric 5
ip -6 route show table 100
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route replace throw 2001:db8:100::/48
ip nexthop
route -A inet6 del 2001:db8:401::/64
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
