# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 73), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=29660
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route del prohibit 2001:db8:200::/48 metric 1024 table local expires 4294967295
ip nexthop
route add -net 10.20.0.0 netmask 255.255.0.0 gw 198.51.100.2
ip -6 -d route
ip link set veth0 down
ip -6 route add 2001:db8:a::80/121 nexthop via fe80::1 nexthop via 2001:db8:b::3 metric 1024
route add -net 10.23.0.0/24 reject metric 3
ip -6 route del ::/1
route add -net 10.21.0.0/16 gw 10.9.9.9
route -n
ip -6 route add throw 2001:db8:200::/48
ip route get 10.1.2.3 oif veth2
route -A inet6 add 2001:db8:402::1 dev nosuch metric 7
ip nexthop replace id 6 group 1/8
ip -6 route add prohibit ::/1 metric 1024 table 200 pref low
ip -6 route show table all
ip nexthop show groups
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip -6 route add prohibit 2001:db8:100::/56 table 100 pref high
ip -6 -d route
route -n -A inet6
ip -6 route del 2001:db8:a::/64 table local
ip -6 route del 2001:db8:300::/40
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:a::2 nexthop via 2001:db8:a::3 metric 256 table local
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route get 2001:db8:a::1
ip -6 route get 2001:db8:ffff::1
ip nexthop add id 7 via 2001:db8:b::3 dev veth0
ip route get 10.1.2.3 oif veth2
ip nexthop show groups
ip -6 route get 2001:db8:200::1
ip nexthop add id 2 group 1
ip nexthop del id 9
ip -6 route add 2001:db8:200::1 dev veth1 table local pref low
ip -6 route add blackhole 2001:db8:200::1 metric 0 expires 4294967295
ip -6 route add blackhole 2001:db8:a::/64 table 100
ip link set veth3 up
ip -6 route add 2001:db8:200::1 nhid 4 table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 metric 0
ip -d nexthop
ip nexthop replace id 5 via 192.0.2.2 dev veth2
ip -6 route add throw default metric 256 table 200 pref high
ip route add 10.0.0.0/8 nhid 3 table 100
ip -6 route get 2001:db8:a::1
ip link set veth0 down
ip -6 route add 2001:db8:100::/56 nhid 3
route add default gw 192.0.2.2
ip -6 route show table 100
ip -6 route get 2001:db8:100::2
ip -6 route del 2001:db8:300::/40 via 2001:db8:99::1 table 200 expires 2147483647
ip -6 route del 2001:db8:100::/56
ip -6 route show table all
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route
ip route add 172.16.0.0/12 nhid 7 table 100
ip -6 route add blackhole default metric 1024 table 200
ip -6 route add prohibit 2001:db8:100::/48 metric 1024 table 100
ip route get 10.1.2.3 from 192.0.2.1
ip nexthop replace id 7 group 2,2/5
ip -6 route add prohibit ::/1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
