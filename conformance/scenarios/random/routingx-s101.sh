# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 101), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=73218
ip -6 route del 2001:db8:a::/64 metric 0 table 200
ip nexthop del id 3
ip -6 route get 2001:db8:100::1
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 metric 0
ip route add 172.16.0.0/12 nhid 3 metric 5
ip -6 route del prohibit 2001:db8:200::/48 metric 10 table 200
ip link set veth2 up
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:a::3 nexthop via 2001:db8:b::3 metric 256 table local pref low
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route add blackhole ::/1 pref low
ip -6 route del 2001:db8:300::/40
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip -6 route add 2001:db8:200::1 dev veth0 metric 256 mtu 1400
ip -6 route add 2001:db8:a::/64 nhid 5
ip route get 172.16.1.1 oif veth2
ip -j -6 route show table all
ip -d route show table all
ip nexthop add id 2 group 2/6
ip -j nexthop
ip link set veth3 up
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add ::/1 via 2001:db8:c::2 table 100 mtu 1400
ip -j nexthop
ip route add default nhid 6 metric 5
ip -6 route del throw ::/1 metric 10 table local
ip -6 route replace throw 2001:db8:300::/40 table 200
route -A inet6 add default gw 2001:db8:c::2 dev veth0
ip -6 route add prohibit 2001:db8:100::/56 metric 10 table 100
netstat -rn -6
ip -6 route add 2001:db8:300::/40 dev veth2 metric 10
ip -6 route del 2001:db8:a::/64
ip -d nexthop
ip -6 route get 2001:db8:a::9
ip -6 route add unreachable 2001:db8:a::80/121 metric 0 expires 2147483647
ip nexthop add id 8 via 2001:db8:a::3 dev veth0
ip -6 route
route add -net 10.23.0.0/24 dev veth1 metric 3
ip route add 10.1.2.0/24 nhid 3
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip nexthop add id 5 via 198.51.100.2 dev veth2
ip -6 route get 2001:db8:a::1
ip -6 route add 2001:db8:200::1 via fe80::1 metric 0 expires 2147483647
ip -6 route change unreachable 2001:db8:200::1 metric 0
ip -6 -d route
ip route add 172.16.0.0/12 nhid 4 table 100
ip -d nexthop
ip route get 10.0.0.1 from 192.0.2.1
ip -d nexthop
ip -6 route append unreachable 2001:db8:300::/40 table local mtu 1400
ip nexthop
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route add 2001:db8:a::/64 nhid 2
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 dev lo metric 10
ip -d route show table all
ip route get 8.8.8.8
ip route add 10.1.2.3 nhid 7
ip -6 route add 2001:db8:a::/64 nhid 2 table 100
ip -6 route add unreachable 2001:db8:200::1 metric 256
ip route get 10.1.2.4 from 192.0.2.1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
