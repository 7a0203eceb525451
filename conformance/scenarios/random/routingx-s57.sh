# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 57), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=36109
ip -6 route add prohibit 2001:db8:a::80/121 metric 256 table 100
route del -host 10.22.0.1
ip -6 route add default nhid 3
ip -6 route del 2001:db8:a::/64
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip route get 172.16.1.1 oif veth2
ip nexthop replace id 8 via 198.51.100.3 dev veth0
ip -6 route add prohibit 2001:db8:100::/48 metric 1024 table 200 mtu 1400
ip -6 route get 2001:db8:100::2
ip nexthop show groups
ip -6 route del 2001:db8:200::/48 metric 256 table 200
ip -d nexthop
ip -6 route add 2001:db8:100::/48 nhid 1 metric 5
ip -6 route append 2001:db8:a::/64 via fe80::1 dev veth0 expires 4294967295
ip -6 route del 2001:db8:200::1
ip link set veth3 up
ip -6 route append 2001:db8:100::/56 nexthop via fe80::1 nexthop via 2001:db8:b::3 metric 1024 mtu 1400
ip nexthop add id 6 group 4
ip nexthop replace id 7 group 8/3
ip -6 route show table 100
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route add throw 2001:db8:200::/48 table 200
ip link set veth2 down
ip nexthop add id 7 group 4/1
ip -6 route del 2001:db8:100::/48 metric 1024
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route add blackhole ::/1 metric 0 table 200 pref low
ip -6 route get 2001:db8:200::1
ip -6 route show table 100
ip link set veth0 up
ip -6 route
ip -6 route add throw 2001:db8:100::/48 table 200 expires 2147483647
ip -6 route add throw 2001:db8:200::1 metric 10 table 100 mtu 1400
ip -6 route add default nhid 6 metric 5
ip nexthop flush
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::1 oif veth2
ip nexthop add id 8 group 7
ip route add 10.1.0.0/16 nhid 2 metric 5
ip -6 route del 2001:db8:200::1
ip route del 10.1.2.3 table 100
ip -6 route add 2001:db8:200::1 dev lo pref low
ip -6 route add prohibit 2001:db8:100::/56 metric 0 table local
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::3 metric 1024 table 100
ip -6 route add unreachable ::/1 expires 2147483647
ip -6 route
ip -6 route add default nhid 8
ip -6 route add prohibit 2001:db8:a::80/121 metric 0 table local expires 2147483647
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip route
ip -6 route add 2001:db8:a::80/121 nhid 6 table 100
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip nexthop flush groups
ip -6 route del throw 2001:db8:a::/64 metric 256 pref low
ip -6 route append throw 2001:db8:200::/48 expires 2147483647
ip -6 route add ::/1 via 2001:db8:b::3 metric 0 table 200 mtu 1400
ip -6 -d route
ip route add 10.0.0.0/8 nhid 2 table 100
ip -6 route prepend blackhole 2001:db8:300::/40 table local
ip -6 route get 2001:db8:a::9
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
