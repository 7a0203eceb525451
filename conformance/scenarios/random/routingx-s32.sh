# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 32), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=61846
ip -6 route add 2001:db8:a::80/121 via 2001:db8:c::2 metric 0 pref high
netstat -rn -6
ip route add default nhid 6 metric 5
ip -6 route get 2001:db8:200::1 oif veth2
ip nexthop add id 1 via 2001:db8:a::3 dev veth2
ip route add default nhid 5 metric 5
ip -d nexthop
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route get 2001:db8:a::9
ip nexthop replace id 2 group 1,2/6
route -n -A inet6
ip nexthop add id 1 via 198.51.100.2 dev veth2
ip -6 route add throw 2001:db8:a::/64 metric 0 pref high
ip -6 route add unreachable 2001:db8:200::/48 metric 0 table 100 pref high
ip route get 192.0.2.9 from 192.0.2.1
ip route add 10.0.0.0/8 nhid 2 table 100
ip -6 route del 2001:db8:200::/48
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1 pref high
ip route get 192.0.2.9
ip nexthop add id 5 via 2001:db8:a::2 dev veth0
ip route get 10.1.2.3 from 192.0.2.1
ip nexthop replace id 2 group 4,2/6
ip -6 route del unreachable default metric 256
ip nexthop replace id 8 via 192.0.2.3 dev veth0
ip -6 route show table 100
ip -6 route
ip -6 route del ::/1 metric 10
ip nexthop add id 3 group 2/7,2
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::3 metric 1024 table 200 pref high
ip -6 route get 2001:db8:100::1 oif veth2
route -n -A inet6
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip route del 10.1.2.3 nhid 6 table 100
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::3 dev veth0 metric 7
ip -6 route change unreachable ::/1 metric 1024 table local
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip nexthop add id 2 via 2001:db8:a::3 dev veth2
ip -6 route change unreachable 2001:db8:300::/40 metric 10 pref high
netstat -rn -6
ip nexthop add id 1 group 1/8
ip route del 10.0.0.0/8
ip nexthop add id 6 via 192.0.2.2 dev veth2
ip -6 route add 2001:db8:200::1 dev lo metric 0 pref low
ip -6 route add unreachable 2001:db8:a::/64 metric 1024 table local mtu 1400
ip -6 route del 2001:db8:200::/48
ip route
ip -6 -d route
ip nexthop add id 6 blackhole
ip -6 route add throw default metric 0 table 200
ip route del default table 100
ip nexthop add id 3 via 10.9.9.9 dev veth2
ip route add 10.1.2.0/24 nhid 2 metric 5
ip -6 route add throw 2001:db8:100::/56 metric 0 table local
ip -j nexthop
ip -6 route del 2001:db8:200::1 table 200
ip -6 route add blackhole 2001:db8:200::1 metric 1024 mtu 1400
ip link set veth0 up
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
netstat -rn -6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
