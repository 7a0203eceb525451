# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 47), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=26323
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 8 group 2
ip nexthop add id 1 via 2001:db8:a::3 dev veth0
ip -6 route del unreachable 2001:db8:a::80/121
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip nexthop add id 8 group 8,1
ip -6 route add throw 2001:db8:a::80/121 metric 10 table local mtu 1400
ip -6 route change throw 2001:db8:100::/56 metric 256 mtu 1400
ip nexthop show groups
ip -6 route add 2001:db8:a::80/121 dev veth2
ip -6 route prepend prohibit default table local mtu 1400
ip nexthop flush dev veth0
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::2 metric 7
ip -6 route show table 100
ip -6 route add blackhole 2001:db8:200::1 pref low
ip -6 route add 2001:db8:100::/48 dev veth0 table 200 pref high
ip -6 route change throw 2001:db8:a::/64 metric 256 table 200
ip nexthop add id 8 group 3/5/1,4
ip -j nexthop
netstat -rn -6
ip -6 route add ::/1 nhid 6 metric 5
ip nexthop add id 8 dev veth2
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:a::9 oif veth2
ip nexthop replace id 8 group 1
ip route add default nhid 5
ip nexthop add id 1 via 198.51.100.3 dev veth2
ip nexthop flush groups
ip -6 route append blackhole default pref low
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:a::3 weight 2 nexthop via 2001:db8:a::3 metric 256 table local
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip route del default nhid 1 table 100
ip nexthop replace id 6 via 2001:db8:b::3 dev veth2
route add -net 10.21.0.0/16
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:200::1 dev veth0 table 100
ip -6 route add default via 2001:db8:a::2 metric 256 table local pref high
ip -j nexthop
ip link set veth0 up
ip nexthop add id 2 dev veth1
ip -6 route add ::/1 via 2001:db8:a::3
ip nexthop add id 3 group 1/5
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip nexthop replace id 4 group 7,3
ip route
ip -6 route add ::/1 nhid 6 table 100
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route prepend blackhole 2001:db8:100::/56 metric 0 expires 2147483647
ip -d nexthop
ip -6 route add 2001:db8:a::/64 nhid 7 table 100
netstat -rn -6
ip route add 10.0.0.0/8 nhid 1 table 100
ip route del 10.0.0.0/8
ip -6 route add ::/1 dev veth1 metric 1024 table 200 mtu 1400
ip -d nexthop
ip -6 route del 2001:db8:200::/48 metric 1024 table 100
route -n
ip -6 route add unreachable ::/1 metric 0 mtu 1400
ip -6 -d route
ip -6 route add 2001:db8:200::/48 nhid 5 metric 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
