# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 19), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=65396
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 metric 1024 table 200 pref low
ip -d route show table all
ip -6 route add unreachable 2001:db8:100::/48 metric 0 expires 2147483647
ip -6 route
ip -6 route show table 100
ip -6 route add 2001:db8:a::/64 via 2001:db8:c::2 metric 0 expires 4294967295
ip -d route show table all
ip nexthop replace id 4 group 5/6,1
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route show table 100
ip -6 route del prohibit 2001:db8:300::/40 table local
netstat -rn -6
ip -6 route del 2001:db8:a::/64
ip -6 route show table all
ip nexthop show groups
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
route -A inet6 del 2001:db8:401::/64 gw 2001:db8:b::2
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::1
ip -6 route add throw 2001:db8:a::/64 metric 0
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 dev veth2 metric 10 table 200
ip -6 route add 2001:db8:100::/48 nhid 5 metric 5
ip -6 -d route
ip -6 route replace 2001:db8:200::/48 via 2001:db8:b::2 dev veth0 metric 0 mtu 1400
ip -6 route add unreachable 2001:db8:300::/40 table 200
netstat -rn -6
ip -6 route del 2001:db8:a::80/121
ip -6 route add 2001:db8:a::80/121 nhid 7
ip route del default nhid 5
ip -6 route add blackhole 2001:db8:200::/48 metric 0 table 200
ip -6 route del 2001:db8:a::80/121 metric 0
ip nexthop add id 4 group 1,1
ip nexthop flush groups
ip -6 route prepend blackhole 2001:db8:200::1 metric 10
ip -6 -d route
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 table 100 expires 4294967295
ip -6 route add 2001:db8:100::/48 nhid 5 metric 5
ip -6 route get 2001:db8:100::1
ip -6 route add blackhole ::/1 metric 10 pref low
ip link set veth3 up
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:a::2
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip route add 10.1.0.0/16 nhid 4 table 100
ip -d route show table all
ip -6 route add 2001:db8:100::/56 nhid 2 table 100
ip -6 route del 2001:db8:100::/56
ip -6 route change unreachable 2001:db8:200::1 expires 2147483647
ip route get 10.1.2.4 oif veth2
ip nexthop add id 7 via 2001:db8:b::3 dev veth0
ip -6 route add unreachable ::/1 metric 256 pref low
ip -6 route add 2001:db8:100::/56 nhid 7
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add throw 2001:db8:a::80/121 table local
ip -6 route append ::/1 via 2001:db8:c::2 metric 1024 expires 4294967295
ip -6 -d route
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route add unreachable ::/1
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route get 2001:db8:100:ff::3
ip nexthop add id 1 dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
