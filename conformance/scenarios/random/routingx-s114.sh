# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 114), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=93333
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip route add default nhid 5 table 100
ip -6 route del 2001:db8:100::/56 table 100
ip route
route -n -A inet6
ip -6 route change prohibit ::/1 metric 0 table 100
ip -6 route add throw 2001:db8:100::/56
route add -net 10.20.0.0 netmask 255.255.0.0 dev veth2
ip route add 172.16.0.0/12 nhid 3 metric 5
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip nexthop add id 1 group 5
ip -d route show table all
ip -6 route del 2001:db8:200::1 via 2001:db8:b::2 dev lo metric 1024 table local expires 2147483647
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 metric 256
ip -6 -d route
ip route del 172.16.0.0/12 nhid 8
ip -6 route add 2001:db8:100::/56 via fe80::1 pref high
ip route get 10.1.2.4 oif veth2
ip -6 route add prohibit 2001:db8:a::80/121 metric 10 table 200
ip nexthop add id 2 dev veth0
ip -6 route add prohibit 2001:db8:a::/64 metric 256 table 200 expires 4294967295
ip nexthop replace id 3 group 1
ip -6 route prepend 2001:db8:200::1 via 2001:db8:99::1 metric 256
ip -6 route
ip nexthop add id 7 group 4
ip -6 route del default metric 10
ip -6 route
ip -6 route add 2001:db8:200::1 dev lo metric 1024 table 100
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 dev veth2 metric 256
ip nexthop add id 1 group 2
route add default dev nosuch
ip -6 route add 2001:db8:a::/64 nhid 4 metric 5
ip -6 route add 2001:db8:100::/56 dev lo table 100 expires 2147483647
ip -6 -d route
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip nexthop del id 5
ip -6 route add 2001:db8:a::80/121 dev lo table local mtu 1400
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip nexthop add id 6 dev veth0
ip route get 10.0.0.1
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route show table 100
ip route del 10.1.2.0/24 nhid 3
ip -6 -d route
ip -6 route get 2001:db8:100::1 oif veth2
ip link set veth3 up
ip -6 -d route
ip route add 10.1.2.3 nhid 4
ip nexthop add id 8 via 10.9.9.9 dev veth0
ip nexthop add id 6 via 10.9.9.9 dev veth2
ip nexthop replace id 5 group 6/4
ip -j nexthop
ip -6 route del 2001:db8:100::/48
ip route get 10.0.0.1 oif veth2
ip -6 route add blackhole 2001:db8:a::/64 metric 10 table local expires 4294967295
ip nexthop flush dev veth0
ip -6 route
netstat -rn -6
ip route add 10.1.0.0/16 nhid 7
ip -6 route add throw 2001:db8:100::/48 metric 256 table local pref high
ip -6 route add prohibit 2001:db8:100::/56 metric 0 table local mtu 1400
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
