# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 81), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=56183
ip nexthop show groups
ip -6 route get 2001:db8:300::7
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 pref high
ip -6 route add 2001:db8:a::80/121 nhid 5
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2 metric 256 pref low
ip -j nexthop
ip -6 route add 2001:db8:a::/64 nhid 4 metric 5
ip link set veth3 up
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 metric 1024 table 100 pref low
ip -6 route get 2001:db8:a::1 oif veth2
route -n -A inet6
ip nexthop replace id 2 blackhole
ip -6 route del default dev veth1 metric 1024
ip -j -6 route show table all
ip -6 route get 2001:db8:200::1
ip route add 10.0.0.0/8 nhid 4 table 100
ip route del default nhid 4 table 100
ip route del 10.0.0.0/8 nhid 5 table 100
ip route
ip nexthop add id 2 group 3
ip -6 route del default metric 1024 table local
ip nexthop show groups
route -A inet6 del default
ip route del default
ip -6 route add prohibit 2001:db8:300::/40 metric 256 table local pref high
ip link set veth3 up
ip -6 route del 2001:db8:200::1 table 200
ip route
ip nexthop add id 7 blackhole
ip -6 route add unreachable 2001:db8:200::1
ip link set veth0 down
ip -6 route del 2001:db8:100::/48 dev veth2 table 100 expires 2147483647
ip -6 route add 2001:db8:a::80/121 nexthop via fe80::1 nexthop via 2001:db8:c::2 metric 0 table 200 mtu 1400
ip -d nexthop
ip route add 10.1.2.0/24 nhid 6 table 100
ip nexthop replace id 6 via 2001:db8:a::3 dev veth2
ip -6 route show table all
ip nexthop add id 3 via 2001:db8:b::3 dev veth2
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route get 2001:db8:200::1
ip -d route show table all
ip link set veth0 up
ip -6 route get 2001:db8:100::1
ip link set veth3 up
ip -d route show table all
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route change ::/1 dev lo
ip -j nexthop
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 metric 1024
ip -6 route del blackhole 2001:db8:200::1 metric 1024 expires 4294967295
ip -6 route get 2001:db8:100::1
ip -6 route del blackhole 2001:db8:a::/64 metric 10
ip route add 10.1.0.0/16 nhid 4 table 100
route add -net 10.21.0.0/16 reject
ip nexthop add id 4 via 10.9.9.9 dev veth2
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
