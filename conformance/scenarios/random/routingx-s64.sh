# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 64), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=81441
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route change 2001:db8:200::/48 via 2001:db8:99::1 metric 1024 mtu 1400
ip -6 route add 2001:db8:a::/64 via fe80::1 metric 0 table 100
ip link set veth0 down
ip -6 route get 2001:db8:a::1
ip route get 172.16.1.1 oif veth2
ip -6 route add unreachable default metric 1024 table local expires 4294967295
ip -j nexthop
ip -6 route prepend prohibit 2001:db8:100::/56 metric 1024 table 200
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 table 100 pref low
ip nexthop add id 6 via 198.51.100.2 dev veth0
ip -6 route get 2001:db8:200::1
ip nexthop show groups
ip -6 route get 2001:db8:100:ff::3
ip route del 10.1.2.3 nhid 1
ip nexthop replace id 7 via 2001:db8:b::2 dev veth2
ip -6 route del 2001:db8:100::/56
ip -6 route add 2001:db8:a::80/121 nhid 8 metric 5
route -A inet6 del 2001:db8:400::/48
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 metric 10 table 100
ip nexthop add id 5 group 6/3
ip route add default nhid 5 metric 5
route add default dev veth0 metric 3
route del default metric 3
ip route get 10.1.2.3 oif veth2
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route replace ::/1 via fe80::1 metric 0
route -n
route -n
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip route del 10.1.2.0/24
ip -6 route
ip nexthop add id 1 via 198.51.100.2 dev veth2
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route prepend default dev veth1 pref low
ip -6 route add 2001:db8:200::/48 dev veth1 metric 0 pref high
ip -6 route get 2001:db8:ffff::1
ip nexthop add id 4 via 198.51.100.3 dev veth0
ip -6 route add 2001:db8:100::/56 via fe80::1 dev veth1 mtu 1400
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1 dev veth0 metric 10 pref high
ip -6 route add throw 2001:db8:a::/64 metric 256 mtu 1400
ip nexthop add id 5 via 10.9.9.9 dev veth2
route del -host 10.22.0.1
ip route get 192.0.2.9
ip route del 10.1.0.0/16 table 100
ip nexthop
ip -6 route
ip -6 route add 2001:db8:300::/40 nhid 3 metric 5
ip nexthop replace id 1 dev veth0
ip -6 route del default dev veth1 metric 0 pref low
ip -6 route add unreachable 2001:db8:300::/40 metric 256 table 100 mtu 1400
route del -net 10.21.0.0/16 metric 3
ip nexthop
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:b::3 weight 2 nexthop via 2001:db8:a::3 metric 0 table local expires 2147483647
ip route get 192.0.2.9 from 192.0.2.1
ip link set veth3 down
ip -6 route get 2001:db8:300::7 oif veth2
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024 table 200 expires 2147483647
route -A inet6 add 2001:db8:400::/48 dev nosuch
ip -6 route get 2001:db8:200::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
