# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 95), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=47777
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 metric 0 table 100 pref low
ip route add 10.0.0.0/8 nhid 3
ip nexthop replace id 8 via 198.51.100.2 dev veth0
ip nexthop add id 3 dev veth0
ip -6 route get 2001:db8:100::1 oif veth2
ip -j nexthop
ip -6 route add 2001:db8:100::/56 nhid 7
ip nexthop add id 6 via 10.9.9.9 dev veth2
ip route get 10.1.2.3 oif veth2
ip -6 route add 2001:db8:a::80/121 via 2001:db8:c::2 dev veth1 metric 0
ip -6 route del 2001:db8:100::/48
ip nexthop replace id 5 blackhole
ip nexthop add id 1 group 6
ip link set veth0 up
ip -6 -d route
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip nexthop add id 5 group 3/8/6,4
ip -d nexthop
ip -6 route add 2001:db8:a::/64 dev veth0 metric 10 table 100 pref low
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3
ip -6 route add ::/1 nhid 5
ip nexthop add id 5 group 1/3,3
ip nexthop replace id 5 via 192.0.2.3 dev veth2
ip -6 route del 2001:db8:200::1 metric 0 table 100
ip -6 route add blackhole 2001:db8:a::/64 table 100 mtu 1400
ip -6 route del 2001:db8:a::/64 metric 0
ip -d route show table all
ip -6 route add ::/1 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::2 metric 0 expires 2147483647
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 metric 10
ip -6 route add blackhole 2001:db8:200::1 metric 0 table 100
ip -6 route del 2001:db8:100::/56
ip -6 route del 2001:db8:100::/56 metric 0
ip -6 -d route
ip -6 route add unreachable 2001:db8:300::/40
ip -6 route prepend unreachable 2001:db8:300::/40 metric 10 table 100 pref low
ip route get 10.1.2.4 oif veth2
ip -6 route get 2001:db8:300::7
ip nexthop add id 6 group 1,2/5
ip -d nexthop
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 table 100 pref high
ip -6 route add ::/1 dev lo metric 10 table 200 pref low
ip nexthop del id 1
ip -6 route add prohibit 2001:db8:100::/48 table 200 pref high
ip -6 -d route
ip -6 route add unreachable 2001:db8:200::/48 metric 0
ip -d route show table all
ip route del 10.1.2.3 table 100
ip route del default nhid 6
ip -6 route get 2001:db8:300::7
ip -6 route add throw 2001:db8:200::/48 metric 0
ip -6 route
ip -j -6 route show table all
ip -6 route append 2001:db8:200::/48 nexthop via fe80::1 weight 1 nexthop via 2001:db8:99::1 metric 256 expires 4294967295
ip link set veth2 up
ip -6 route show table all
ip -6 route get 2001:db8:200::1
ip -6 route add unreachable 2001:db8:100::/48 metric 256 table 200
ip nexthop del id 9
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:100::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
