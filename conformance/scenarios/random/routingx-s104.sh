# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 104), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=96988
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 metric 10 table local mtu 1400
ip route add 10.0.0.0/8 nhid 7 table 100
ip link set veth0 down
ip nexthop add id 4 blackhole
ip -6 route show table 100
ip route add 172.16.0.0/12 nhid 8 metric 5
ip route del 10.0.0.0/8 table 100
ip link set veth3 down
ip route get 8.8.8.8
ip -6 route change blackhole 2001:db8:100::/56 metric 10
ip nexthop del id 5
ip -6 route add 2001:db8:300::/40 nhid 2 table 100
ip -6 route prepend ::/1 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::2 metric 10 expires 2147483647
ip nexthop add id 2 group 8
ip link set veth0 down
ip -6 route show table 100
ip nexthop replace id 3 group 1,3
ip -6 route add unreachable 2001:db8:a::/64
ip -6 route del unreachable 2001:db8:100::/48
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 -d route
route -n -A inet6
ip nexthop add id 2 blackhole
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::2 dev veth0 metric 1024 table 100
ip nexthop add id 6 blackhole
ip -6 route add 2001:db8:200::1 nhid 8 metric 5
ip -6 route prepend 2001:db8:300::/40 nexthop via 2001:db8:b::3 weight 2 nexthop via 2001:db8:b::3
ip -6 route add unreachable 2001:db8:a::80/121 metric 256 mtu 1400
ip -6 route add prohibit 2001:db8:a::80/121 metric 10
ip route get 10.0.0.1 oif veth2
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:b::3 nexthop via 2001:db8:a::3 metric 256 table local
ip -6 route del 2001:db8:a::/64 dev veth2 metric 10 pref high
ip -6 route add unreachable 2001:db8:a::80/121 metric 0 pref high
ip -6 route add prohibit 2001:db8:200::/48 metric 1024 table local expires 2147483647
ip nexthop show groups
ip -6 route add prohibit default metric 1024
ip nexthop show groups
ip route add 10.1.2.0/24 nhid 6 table 100
ip -6 route add prohibit 2001:db8:200::1 metric 0 table 200 mtu 1400
ip -6 route append throw 2001:db8:a::/64 metric 1024
route add default gw 192.0.2.2
ip nexthop add id 2 via 198.51.100.3 dev veth2
ip route add 10.0.0.0/8 nhid 4 table 100
ip route add 10.1.2.0/24 nhid 6 metric 5
ip -6 route add prohibit 2001:db8:200::/48 metric 256 table 200
ip -6 route add prohibit 2001:db8:300::/40 metric 256 table 200
ip -6 route add throw 2001:db8:100::/48 table 100 expires 2147483647
ip nexthop add id 5 group 4/7,1/3,4
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip route get 10.1.2.3
ip -6 route del 2001:db8:100::/56 via 2001:db8:a::2 dev veth1 mtu 1400
ip -6 route add 2001:db8:200::/48 dev veth0 metric 10 expires 2147483647
ip -6 route add default nhid 3
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route show table 100
ip -j nexthop
ip -6 route add prohibit 2001:db8:100::/56 metric 0 table 200
ip -6 route del prohibit 2001:db8:100::/48 metric 10 pref low
ip -6 route add ::/1 via 2001:db8:b::2 pref high
ip route add 172.16.0.0/12 nhid 6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
