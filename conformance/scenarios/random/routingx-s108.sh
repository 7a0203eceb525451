# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 108), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=32270
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip route add 10.1.0.0/16 nhid 4
ip -6 route add unreachable default metric 256 pref low
ip -6 route add blackhole default metric 256 table local pref low
ip -6 route add 2001:db8:300::/40 nexthop via fe80::1 nexthop via 2001:db8:a::3 metric 10
ip -6 route add blackhole 2001:db8:100::/56 metric 256 table 200 mtu 1400
ip nexthop show groups
ip nexthop add id 2 group 5,4/8/3
ip -6 route get 2001:db8:200::1
route add -net 10.23.0.0/24 reject
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:a::80/121 via 2001:db8:c::2 dev veth0 metric 10 mtu 1400
ip nexthop add id 5 via 198.51.100.2 dev veth2
ip -j nexthop
ip -6 route add throw ::/1 metric 0 table 200
ip -6 route del 2001:db8:100::/48
ip -6 route add ::/1 nexthop via fe80::1 weight 2 nexthop via 2001:db8:a::2 metric 0 table 200 expires 4294967295
ip -j nexthop
ip -6 route show table 100
ip -6 route replace 2001:db8:a::/64 via 2001:db8:a::3 metric 256 mtu 1400
ip nexthop del id 9
ip -6 route add blackhole default metric 1024 pref high
route add -net 10.23.0.0/24 dev veth0 metric 3
ip -6 route add blackhole 2001:db8:200::/48 table local expires 2147483647
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 dev nosuch metric 1024 mtu 1400
ip -6 route change 2001:db8:100::/48 via 2001:db8:99::1 dev veth0
ip route add 10.1.2.3 nhid 3 table 100
ip -6 route append 2001:db8:100::/48 dev veth0 metric 10 table 100
ip -6 route prepend prohibit 2001:db8:300::/40 metric 256 table local
ip -j nexthop
ip route del default
ip link set veth2 down
ip -6 route add ::/1 nhid 7
route -n -A inet6
ip -6 route del 2001:db8:200::/48
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 table 100
ip nexthop del id 1
ip -6 route del blackhole 2001:db8:200::/48 metric 1024 table local pref high
ip -6 route show table 100
ip link set veth0 up
ip nexthop replace id 2 via 2001:db8:b::3 dev veth0
ip nexthop add id 1 group 2
ip route get 172.16.1.1
ip route get 192.0.2.9 oif veth2
ip -6 route add blackhole 2001:db8:300::/40 expires 4294967295
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::2 dev lo metric 10 table 100
ip route get 192.0.2.9
route -n -A inet6
ip nexthop replace id 1 via 10.9.9.9 dev veth0
ip -6 route add throw 2001:db8:200::1 metric 10 table local expires 2147483647
ip nexthop replace id 8 blackhole
ip -6 route get 2001:db8:a::9
ip -6 route del unreachable 2001:db8:200::1 expires 2147483647
ip -6 -d route
ip route get 8.8.8.8
ip route
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route add throw 2001:db8:100::/48 metric 256
route -n -A inet6
ip nexthop add id 2 via 198.51.100.2 dev veth0
ip -6 route add 2001:db8:100::/56 nhid 3 metric 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
