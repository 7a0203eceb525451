# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 110), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=84418
sysctl -w net.ipv6.fib_multipath_hash_policy=1
route -A inet6 add 2001:db8:402::1 gw 2001:db8:a::2
ip -6 route del ::/1
ip route del 10.0.0.0/8 table 100
ip route add 10.1.2.3 nhid 1 metric 5
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::3 dev lo metric 1024 mtu 1400
ip -6 route add unreachable ::/1 metric 256 pref high
ip nexthop del id 9
ip nexthop add id 3 via 2001:db8:b::3 dev veth0
ip -6 -d route
ip route del 10.1.2.0/24 nhid 4 table 100
ip route get 10.0.0.1 oif veth2
ip -6 route prepend unreachable 2001:db8:100::/48
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip route add default nhid 7 table 100
ip route get 172.16.1.1 oif veth2
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:b::2 nexthop via 2001:db8:a::2 metric 0 table 200 pref high
ip route add 172.16.0.0/12 nhid 1 table 100
ip route
ip link set veth0 up
ip route del 172.16.0.0/12 table 100
route del -net 10.21.0.0/16
ip nexthop add id 7 via 192.0.2.2 dev veth2
ip -6 route replace throw 2001:db8:300::/40 metric 256 expires 4294967295
ip nexthop replace id 6 group 3
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route del 2001:db8:300::/40 via fe80::1 metric 1024 table 100
ip -6 route add prohibit 2001:db8:a::/64 table 100 pref low
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route del ::/1
ip route del 10.1.2.3 table 100
ip -6 route change unreachable 2001:db8:100::/48 metric 256 pref high
ip -j nexthop
ip -j nexthop
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:a::3 dev veth0 metric 7
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip nexthop replace id 5 group 6/7
route -A inet6 add 2001:db8:402::1 gw 2001:db8:b::2 metric 7
ip -d route show table all
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3
ip -6 route del 2001:db8:a::/64 nexthop via 2001:db8:a::3 weight 2 nexthop via 2001:db8:b::3 metric 1024 table 200 mtu 1400
ip -6 route show table all
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1
ip route get 10.1.2.4
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip nexthop
ip -6 route show table all
ip nexthop flush dev veth0
ip -6 route prepend blackhole 2001:db8:200::/48 metric 10 table 100 pref low
route add -net 10.23.0.0/24 reject
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route del 2001:db8:300::/40 dev veth1 metric 0 table 100
ip route get 192.0.2.9
ip -6 route add unreachable 2001:db8:a::/64 metric 10 mtu 1400
ip -6 route add prohibit 2001:db8:100::/48 metric 10 pref high
ip -6 route del 2001:db8:100::/56
ip route add default nhid 7 metric 5
route -A inet6 add 2001:db8:402::1 gw 2001:db8:c::2
ip nexthop show groups
ip -6 route add throw ::/1 metric 1024 table local
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
