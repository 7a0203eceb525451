# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 66), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=56387
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip route get 10.1.2.3 oif veth2
route add default reject
ip -6 route replace default nexthop via fe80::1 nexthop via 2001:db8:a::2
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip route get 10.0.0.1 oif veth2
ip route del 10.0.0.0/8 table 100
ip nexthop show groups
ip -6 route prepend throw 2001:db8:a::80/121 metric 0
ip nexthop add id 1 group 4/5
ip route add 172.16.0.0/12 nhid 1 table 100
ip -6 route prepend throw 2001:db8:200::/48 metric 256 expires 2147483647
ip -6 route show table 100
ip nexthop replace id 3 group 5/1,1
ip nexthop add id 5 blackhole
ip route get 192.0.2.9
ip link set veth3 up
ip nexthop del id 3
ip -6 route del 2001:db8:200::1
route del -net 10.21.0.0/16
route -A inet6 del 2001:db8:401::/64 gw 2001:db8:99::1
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip -6 route prepend blackhole 2001:db8:300::/40
ip nexthop
ip -6 route add 2001:db8:200::1 nhid 2
ip nexthop add id 2 group 1/2/7
route -n
ip nexthop show groups
ip -6 route add throw 2001:db8:300::/40 metric 10 table 100 pref high
ip route get 192.0.2.9
ip -j -6 route show table all
route del -host 10.22.0.1 metric 3
ip -6 route del prohibit 2001:db8:200::1 metric 0 table local expires 2147483647
ip route del 10.1.2.0/24
ip route get 172.16.1.1
ip -6 route append unreachable default metric 256 expires 4294967295
ip -6 route show table 100
ip -j -6 route show table all
ip -d route show table all
ip -6 route add throw ::/1 table 200 expires 2147483647
ip -6 route add 2001:db8:200::/48 nhid 7
ip link set veth3 down
ip -6 route add 2001:db8:100::/56 dev veth0 table local expires 4294967295
ip -6 route add prohibit 2001:db8:a::/64 metric 0 table 100
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 -d route
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route show table 100
ip -6 route prepend 2001:db8:a::80/121 nexthop via 2001:db8:b::2 nexthop via 2001:db8:b::2 table local
ip -6 route add prohibit 2001:db8:200::1 metric 1024 mtu 1400
ip nexthop add id 4 group 4/1
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:b::3 metric 1024 expires 2147483647
ip -6 route add 2001:db8:300::/40 dev veth0 metric 10 pref low
ip -6 route add 2001:db8:200::1 dev nosuch pref low
ip route add 10.1.2.3 nhid 2 table 100
ip route add default nhid 1
ip -6 route prepend unreachable 2001:db8:a::80/121 table 100
ip -6 route get 2001:db8:100::1
ip -6 route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
