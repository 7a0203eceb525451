# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 6), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=91692
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route del unreachable 2001:db8:100::/48 metric 10 table 100 expires 4294967295
route del -host 10.22.0.1 metric 3
ip route add 10.1.0.0/16 nhid 5
ip -d nexthop
route add default metric 3
ip -j -6 route show table all
route add -net 10.21.0.0/16 reject
ip nexthop replace id 2 via 2001:db8:b::3 dev veth0
ip link set veth3 down
route -n
ip -6 route add 2001:db8:200::/48 nhid 2 table 100
ip -6 -d route
ip -6 route add prohibit default metric 256 pref high
ip -6 route del 2001:db8:a::80/121 via 2001:db8:99::1 dev veth0 metric 1024
ip link set veth3 up
ip -6 route add 2001:db8:a::80/121 nhid 1
ip -6 route change blackhole 2001:db8:a::/64 table 200 pref low
ip -6 route add throw 2001:db8:100::/56
ip nexthop add id 7 via 198.51.100.3 dev veth2
ip route get 172.16.1.1 oif veth2
ip -6 route add prohibit 2001:db8:200::/48 metric 0 mtu 1400
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:b::2 nexthop via fe80::1
ip route add 10.0.0.0/8 nhid 6
ip nexthop add id 4 via 2001:db8:b::2 dev veth0
ip route del 10.1.2.0/24 table 100
ip -6 route get 2001:db8:ffff::1
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:300::7
ip -6 route append 2001:db8:300::/40 via 2001:db8:c::2 dev veth2 metric 1024 table 100 pref low
ip route get 8.8.8.8 oif veth2
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 table 100 mtu 1400
ip -6 route add prohibit 2001:db8:300::/40 metric 10 table 100 expires 2147483647
ip -6 route change default via 2001:db8:b::2 metric 10 table local
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:a::2 weight 1 nexthop via 2001:db8:b::2 metric 256 table 100
ip -6 route add throw ::/1 table local mtu 1400
ip -j -6 route show table all
ip -6 route del 2001:db8:300::/40
ip nexthop add id 7 dev veth2
route add -net 10.21.0.0/16 dev lo metric 3
ip -6 route replace default via 2001:db8:a::2 pref high
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route add ::/1 via 2001:db8:99::1 dev nosuch metric 10 table 100 expires 4294967295
ip -6 route add 2001:db8:100::/56 via 2001:db8:c::2 metric 256 table 200 expires 4294967295
ip -6 route show table all
ip -d route show table all
ip -6 route add blackhole 2001:db8:200::1 metric 10 table 100 pref high
route del default
ip route del 10.1.2.0/24 nhid 4
ip -6 route del 2001:db8:200::/48 metric 1024 table 200
ip -6 route add unreachable 2001:db8:200::/48 metric 10
ip route add 10.1.2.3 nhid 3 table 100
ip nexthop flush groups
ip nexthop flush
ip -6 route change prohibit 2001:db8:100::/56 metric 0 mtu 1400
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 metric 256 table local expires 2147483647
ip -6 route show table all
ip -6 route add throw 2001:db8:200::/48 metric 10 table 100 pref low
ip -6 route add 2001:db8:200::1 nhid 4 table 100
ip route get 10.0.0.1 from 192.0.2.1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
