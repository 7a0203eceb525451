# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 105), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=21075
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::2 expires 2147483647
ip -6 route replace blackhole 2001:db8:200::1 metric 10 table 200 expires 4294967295
ip nexthop add id 2 group 7,3/5
ip route get 10.1.2.4 from 192.0.2.1
ip nexthop add id 7 dev veth2
ip -j -6 route show table all
ip -6 route get 2001:db8:100:ff::3
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route prepend 2001:db8:300::/40 dev veth1 metric 10 expires 4294967295
ip -6 route prepend unreachable 2001:db8:a::/64 metric 0 table local pref high
ip -6 route add 2001:db8:300::/40 nhid 4
ip nexthop replace id 6 blackhole
ip -6 route get 2001:db8:200::1
route -n
ip -6 route append 2001:db8:100::/48 via fe80::1 dev veth1
ip -6 route add throw 2001:db8:200::1 metric 256 table 100 pref low
route -n
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::3 table 100
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1
ip -6 route add 2001:db8:200::1 nhid 6 metric 5
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip route get 192.0.2.9
ip route get 10.1.2.4 oif veth2
ip -6 route add 2001:db8:a::80/121 nhid 6
ip -j -6 route show table all
route -n
ip -6 route add throw ::/1 metric 1024 expires 4294967295
ip route add 10.1.2.3 nhid 7 table 100
ip nexthop add id 8 group 3/6/2
ip route
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add unreachable 2001:db8:100::/56 metric 256 mtu 1400
ip -6 route add 2001:db8:a::80/121 via 2001:db8:c::2 metric 10 table 200
route add -host 10.22.0.1 gw 10.9.9.9
ip -d route show table all
ip -6 route add default via fe80::1 metric 1024 pref low
ip -6 -d route
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route change 2001:db8:200::/48 via 2001:db8:a::2 table 100
ip nexthop replace id 6 via 2001:db8:b::3 dev veth0
ip -6 route add default nhid 3 table 100
ip nexthop show groups
ip -6 route del 2001:db8:a::/64 table 200
ip nexthop replace id 7 via 198.51.100.3 dev veth2
ip -6 route add blackhole 2001:db8:200::/48 metric 256 expires 4294967295
ip route del default nhid 6 table 100
ip -6 route add throw 2001:db8:a::80/121 table 100 pref high
ip -6 route add throw 2001:db8:a::80/121 table 100 expires 2147483647
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:b::2 weight 1 nexthop via fe80::1 metric 0 table 200 pref low
ip -6 route add unreachable 2001:db8:a::80/121 mtu 1400
ip -6 route add prohibit 2001:db8:100::/56 metric 10
ip -6 route add prohibit 2001:db8:200::/48 metric 256
ip nexthop add id 6 via 10.9.9.9 dev veth2
ip -j nexthop
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip route get 10.1.2.4
route del default metric 3
ip -6 route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
