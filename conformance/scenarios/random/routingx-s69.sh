# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 69), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=61393
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route del 2001:db8:a::80/121
ip -6 route add 2001:db8:200::/48 dev veth1 metric 0 table 100
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::3 dev nosuch metric 10 table 200 mtu 1400
ip -6 route add blackhole 2001:db8:a::/64 table 100
ip -6 -d route
ip route get 10.0.0.1 oif veth2
ip route get 8.8.8.8
ip -6 route prepend default via fe80::1 metric 256 table 100 mtu 1400
ip -6 route add 2001:db8:200::/48 nhid 4 table 100
ip nexthop add id 8 dev veth2
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip route add 10.1.2.3 nhid 1 metric 5
ip route
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2 metric 10 mtu 1400
ip -j -6 route show table all
ip -d nexthop
ip -6 route get 2001:db8:300::7
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip nexthop add id 1 via 198.51.100.3 dev veth2
ip -6 route add unreachable 2001:db8:a::80/121 table 100
ip -6 route prepend 2001:db8:a::80/121 via 2001:db8:99::1 pref high
route -n -A inet6
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:a::3 weight 2 nexthop via fe80::1 table local expires 2147483647
ip -j nexthop
ip -d nexthop
ip -6 route get 2001:db8:100:ff::3
ip -6 route add prohibit default table 200
ip -6 route add 2001:db8:200::/48 nhid 2 table 100
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 table local pref high
ip nexthop add id 6 group 3/4
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 metric 256 table 100 mtu 1400
ip -6 route append prohibit 2001:db8:200::/48 metric 256 table 100 pref low
route -n -A inet6
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route change blackhole ::/1 metric 1024 expires 4294967295
ip -6 route add blackhole ::/1 metric 10 expires 4294967295
ip route get 10.1.2.3
ip nexthop replace id 4 blackhole
ip nexthop add id 7 group 4/6,2
ip -6 route get 2001:db8:100:ff::3
ip route add 10.0.0.0/8 nhid 5
ip -6 route add ::/1 dev veth0 metric 1024 pref low
ip -6 route del 2001:db8:200::/48 metric 256 table 200
ip nexthop add id 3 group 2,4/1,3/5
ip link set veth0 up
ip nexthop show groups
ip -6 route add 2001:db8:100::/48 dev lo table 100 mtu 1400
ip -6 route add 2001:db8:100::/48 dev veth0 pref low
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route add 2001:db8:100::/48 dev veth2 metric 1024 table 200 expires 4294967295
ip -6 route
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add 2001:db8:100::/56 via 2001:db8:c::2 metric 10 pref high
route -n
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip route add 10.1.2.3 nhid 8 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
