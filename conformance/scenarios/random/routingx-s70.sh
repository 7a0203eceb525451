# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 70), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=96023
sysctl -w net.ipv6.fib_multipath_hash_policy=1
netstat -rn -6
ip nexthop del id 5
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
route add default metric 3
ip -6 route del default
ip -6 route append 2001:db8:300::/40 nexthop via 2001:db8:c::2 weight 2 nexthop via fe80::1 metric 256 pref low
ip -6 route append prohibit ::/1 table 100 expires 2147483647
ip -6 route add prohibit 2001:db8:a::/64 metric 256 expires 4294967295
ip -6 route add 2001:db8:100::/56 nhid 7 metric 5
ip -6 route add 2001:db8:200::/48 nhid 3 table 100
ip -6 route show table all
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route del 2001:db8:a::/64
ip nexthop add id 1 group 2/4,3/7
netstat -rn -6
route -A inet6 del default gw 2001:db8:99::1
ip -6 route add ::/1 via 2001:db8:b::3 table local
ip -d route show table all
ip -d nexthop
ip route add 10.1.2.0/24 nhid 5
ip -6 route del 2001:db8:200::/48 dev veth2
ip route add 10.1.0.0/16 nhid 2 metric 5
ip -d route show table all
ip -6 route get 2001:db8:300::7 oif veth2
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route get 2001:db8:100:ff::3
ip route del 10.1.2.0/24 table 100
ip nexthop add id 8 via 10.9.9.9 dev veth2
ip -6 route show table 100
ip -6 route change 2001:db8:a::80/121 nexthop via fe80::1 nexthop via 2001:db8:a::3
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip nexthop flush
route -A inet6 del 2001:db8:400::/48
ip -6 route add blackhole 2001:db8:200::1 metric 1024 expires 2147483647
ip nexthop add id 8 group 2/3,2
ip nexthop replace id 4 via 198.51.100.3 dev veth2
ip -6 route append ::/1 via fe80::1 metric 1024 table 200 mtu 1400
ip -6 route get 2001:db8:100::2 oif veth2
ip nexthop del id 1
ip -6 route add unreachable 2001:db8:a::/64 metric 1024 mtu 1400
ip -6 route add unreachable ::/1 metric 0
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip nexthop add id 8 blackhole
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route add default nhid 1
ip nexthop replace id 1 group 2
ip nexthop flush groups
ip -6 route add throw 2001:db8:200::/48 metric 0 expires 4294967295
ip -6 route add 2001:db8:300::/40 nhid 2
ip nexthop add id 3 via 198.51.100.2 dev veth2
ip route
route -n
ip -d nexthop
ip -6 route
ip -6 route add ::/1 via 2001:db8:a::3 dev veth1
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route add throw 2001:db8:100::/48 metric 1024 table 200 mtu 1400
ip nexthop add id 7 group 4/1,3
ip nexthop add id 7 group 8,3/3/6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
