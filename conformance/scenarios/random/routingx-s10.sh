# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 10), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=93235
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 6 blackhole
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 mtu 1400
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route add unreachable 2001:db8:100::/48 mtu 1400
ip -6 route change throw 2001:db8:200::1 table 200 expires 2147483647
ip nexthop replace id 4 via 198.51.100.2 dev veth0
ip route get 172.16.1.1
route -n -A inet6
ip -6 route add blackhole 2001:db8:100::/56 table 200 pref low
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route add throw 2001:db8:a::80/121 metric 0
ip -6 route add throw 2001:db8:300::/40 table 100
ip -6 route
ip nexthop add id 6 group 5/6
ip nexthop add id 5 via 198.51.100.3 dev veth0
ip -d route show table all
route -n
ip -6 route del 2001:db8:200::1 table 200
ip -6 route get 2001:db8:ffff::1
ip link set veth2 down
ip route del 10.1.2.3 nhid 6 table 100
ip -6 route show table all
ip nexthop del id 9
ip -6 route add unreachable ::/1 metric 1024 table 100 expires 2147483647
ip -6 route change 2001:db8:a::/64 via 2001:db8:b::3
ip nexthop replace id 1 via 2001:db8:a::2 dev veth2
ip -6 route del default
ip nexthop del id 3
ip -6 route add prohibit 2001:db8:a::/64 table 100 pref high
ip -6 route add 2001:db8:a::80/121 nhid 5
ip -6 -d route
ip -6 route add prohibit 2001:db8:100::/56 table 200
ip -6 route change throw 2001:db8:200::1 expires 4294967295
ip -6 route append default dev veth0 pref high
ip nexthop flush
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add 2001:db8:a::80/121 dev veth2 metric 256 table 200
ip -6 route add 2001:db8:300::/40 nhid 6 metric 5
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route add throw 2001:db8:200::1 pref low
ip -6 route add throw 2001:db8:100::/56 metric 10
ip -6 route del 2001:db8:200::/48
ip nexthop add id 7 via 2001:db8:b::2 dev veth0
ip link set veth2 down
ip route del default nhid 2 table 100
ip route del 10.0.0.0/8 nhid 3 table 100
ip -6 route
ip -6 route get 2001:db8:200::1
ip -6 -d route
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:99::1 weight 2 nexthop via 2001:db8:b::3 expires 4294967295
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route prepend throw 2001:db8:a::80/121 metric 256 table 200
ip link set veth2 down
ip route add 10.0.0.0/8 nhid 8 table 100
ip route get 10.1.2.3 from 192.0.2.1
ip link set veth0 down
ip -6 route change 2001:db8:100::/56 dev veth0 table local mtu 1400
ip -6 route replace prohibit 2001:db8:100::/56 mtu 1400
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add ::/1 nhid 3 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
