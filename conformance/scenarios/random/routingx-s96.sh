# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 96), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=18901
ip -6 route del 2001:db8:200::1 table local
ip -6 route append default nexthop via 2001:db8:c::2 weight 1 nexthop via 2001:db8:a::3 metric 10 table 200
ip nexthop
ip nexthop del id 5
ip -6 route del 2001:db8:200::1
ip route add 10.1.2.3 nhid 8 table 100
ip nexthop flush groups
ip route del default
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route add throw 2001:db8:100::/56 metric 10 table 100
ip nexthop add id 8 group 1/7/3,3
ip -6 route del default via 2001:db8:b::2 dev veth2
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route get 2001:db8:a::1
ip nexthop del id 9
route del -net 10.21.0.0/16 metric 3
ip nexthop add id 1 dev veth0
ip -6 route change 2001:db8:200::1 dev veth2 metric 1024 table 100
route -n
ip nexthop
ip -6 route append ::/1 via 2001:db8:b::2 metric 0 expires 2147483647
ip -6 route get 2001:db8:100::1
ip route del 10.1.0.0/16 table 100
ip -6 route add blackhole 2001:db8:200::/48 metric 10
ip -6 route add throw 2001:db8:a::/64 table 100
ip -6 route show table all
ip -6 route del 2001:db8:100::/48
ip nexthop
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip route
ip nexthop
ip -6 -d route
ip -6 route add throw 2001:db8:a::80/121 metric 0 expires 2147483647
ip -6 route add 2001:db8:200::/48 nhid 7
ip -6 route add 2001:db8:100::/48 dev veth0 table local pref high
ip nexthop del id 9
ip -6 route show table 100
route add -host 10.22.0.1
route -A inet6 add 2001:db8:401::/64 gw fe80::1 metric 7
ip nexthop add id 8 group 7/2
ip nexthop replace id 4 via 198.51.100.2 dev veth0
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip link set veth3 up
ip -6 route add ::/1 via 2001:db8:b::3 mtu 1400
ip -6 route add default nhid 5
ip -6 route append blackhole default pref high
ip nexthop add id 2 group 2/6
ip route add 10.1.0.0/16 nhid 7 table 100
ip -6 route show table all
ip nexthop replace id 3 via 2001:db8:a::2 dev veth0
ip route add 172.16.0.0/12 nhid 4 metric 5
ip -6 -d route
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route del 2001:db8:100::/56
ip -6 route del prohibit 2001:db8:a::80/121 metric 256
ip nexthop replace id 6 via 2001:db8:b::2 dev veth2
ip -6 route get 2001:db8:300::7
ip -6 route add throw 2001:db8:200::1 metric 0
ip route del 10.1.0.0/16 table 100
ip -6 route del 2001:db8:a::80/121 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
