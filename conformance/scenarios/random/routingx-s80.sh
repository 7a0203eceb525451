# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 80), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=40760
ip nexthop del id 3
ip -6 route del 2001:db8:200::1
ip -6 route add 2001:db8:100::/56 nhid 1 metric 5
ip -6 route add throw 2001:db8:200::/48
ip -6 route change 2001:db8:200::1 via 2001:db8:a::3 dev veth0 metric 10 mtu 1400
ip -6 route add 2001:db8:a::/64 nhid 3 metric 5
ip nexthop replace id 6 via 192.0.2.3 dev veth2
ip -6 route add unreachable 2001:db8:200::/48 table 100 pref low
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:b::3 weight 3 nexthop via 2001:db8:b::2 metric 256 table local pref low
ip nexthop add id 2 via 2001:db8:a::3 dev veth2
ip route get 10.1.2.3 oif veth2
ip nexthop replace id 2 group 1
ip nexthop replace id 5 blackhole
route -A inet6 add default gw 2001:db8:c::2
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route show table 100
ip -6 route add 2001:db8:100::/48 dev lo metric 0
ip -6 route add 2001:db8:100::/56 nhid 8 table 100
ip -6 route del 2001:db8:100::/48
ip nexthop add id 3 group 7
ip nexthop add id 3 group 5,1
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip nexthop replace id 3 group 7,1
ip -6 route add throw default metric 10 pref low
ip -6 route add unreachable 2001:db8:200::1 metric 10 table 200
route add default reject
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024 table local
ip -6 route add blackhole 2001:db8:a::/64 table local pref low
ip -j -6 route show table all
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add 2001:db8:200::1 nhid 5 metric 5
ip -6 route del 2001:db8:a::/64 metric 1024
route add -net 10.21.0.0/16
ip route del 10.1.2.0/24
ip -6 route del 2001:db8:100::/56 metric 0 table 100
ip -6 route add unreachable 2001:db8:a::/64 metric 256 table local expires 4294967295
ip -6 route add 2001:db8:200::/48 dev nosuch metric 10 table local pref low
route -n
ip link set veth3 up
ip nexthop del id 9
ip route add default nhid 8 metric 5
ip -j nexthop
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 metric 256
route -A inet6 del 2001:db8:401::/64
ip -6 route del 2001:db8:100::/48
ip -6 route append 2001:db8:100::/48 nexthop via 2001:db8:b::3 nexthop via 2001:db8:a::3 metric 0
ip -6 route add 2001:db8:200::/48 nhid 3
route -A inet6 add default gw 2001:db8:a::2 metric 7
ip -6 route show table all
ip nexthop add id 6 via 198.51.100.3 dev veth2
ip route
netstat -rn -6
ip -6 route add 2001:db8:100::/48 dev lo table 200
ip -6 route add 2001:db8:200::1 dev lo metric 256 pref low
ip route del 10.0.0.0/8
ip -6 route add prohibit 2001:db8:200::/48
ip -6 route del ::/1 metric 10 table 100
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route add prohibit 2001:db8:100::/56 expires 4294967295
ip nexthop del id 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
