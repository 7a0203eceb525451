# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 115), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=75113
ip -d nexthop
ip nexthop add id 5 via 192.0.2.3 dev veth0
ip nexthop add id 8 dev veth0
route -n
ip nexthop del id 9
ip -6 route add unreachable 2001:db8:300::/40 metric 256 mtu 1400
ip route add 10.1.2.0/24 nhid 2
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route get 2001:db8:100:ff::3
ip -6 route add 2001:db8:300::/40 nhid 4
ip route add 10.1.2.0/24 nhid 4
ip nexthop replace id 8 group 3
ip -6 route del blackhole 2001:db8:300::/40 metric 256 expires 2147483647
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:100:ff::3
ip -d nexthop
ip nexthop add id 5 via 198.51.100.3 dev veth2
ip -6 route add 2001:db8:200::/48 via fe80::1 mtu 1400
ip -6 route add prohibit 2001:db8:a::/64 metric 10 table local pref low
ip -6 route del throw 2001:db8:a::80/121 metric 256 expires 2147483647
ip route add 10.1.0.0/16 nhid 3 table 100
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route add throw 2001:db8:100::/48 metric 256 expires 2147483647
ip route add 10.1.2.3 nhid 2 metric 5
ip -6 route del 2001:db8:200::1
ip -6 route append throw 2001:db8:200::/48 expires 2147483647
ip -6 route del ::/1 nexthop via 2001:db8:b::2 nexthop via 2001:db8:99::1 metric 10 table local
ip -j -6 route show table all
ip nexthop add id 3 group 7/2,3
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2
ip nexthop replace id 7 dev veth1
ip -6 route get 2001:db8:100:ff::3
route add default dev veth2 metric 3
ip route get 10.1.2.3
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:a::2 metric 7
ip -6 route add 2001:db8:300::/40 nhid 5
ip -6 route add prohibit 2001:db8:100::/56 metric 0 table local
ip -6 route
ip -6 route add ::/1 via 2001:db8:a::2 metric 256
ip -j nexthop
ip nexthop add id 7 via 2001:db8:a::3 dev veth2
ip -j nexthop
ip -6 route del 2001:db8:100::/56 metric 0 table local
ip -6 route add blackhole 2001:db8:a::/64 metric 10 table local
ip -6 route del prohibit 2001:db8:300::/40 expires 4294967295
ip nexthop show groups
ip nexthop add id 2 via 192.0.2.2 dev veth0
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip route del 10.0.0.0/8 nhid 1
ip -6 route add throw 2001:db8:100::/56 pref low
ip -6 route get 2001:db8:200::1 oif veth2
route -A inet6 add 2001:db8:402::1 gw 2001:db8:a::3 dev veth0
ip -6 route add ::/1 nexthop via 2001:db8:99::1 nexthop via 2001:db8:b::2 table local pref low
route -A inet6 del 2001:db8:400::/48 metric 7
ip route
ip -6 route add unreachable 2001:db8:100::/48 metric 10 table local pref high
ip route add default nhid 2 table 100
ip -6 route append blackhole 2001:db8:100::/56 table 200
ip nexthop add id 6 blackhole
route -A inet6 add 2001:db8:402::1 dev veth1 metric 7
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
