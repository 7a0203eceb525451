# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 54), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=79941
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table 200
ip -6 route del 2001:db8:300::/40 via 2001:db8:c::2 metric 1024 pref high
ip nexthop add id 7 via 198.51.100.2 dev veth0
ip nexthop add id 4 via 10.9.9.9 dev veth0
ip nexthop add id 6 via 2001:db8:b::2 dev veth0
ip -6 route add 2001:db8:100::/48 nhid 3 table 100
ip -6 route add unreachable ::/1 metric 10 pref low
ip -6 route get 2001:db8:a::1
ip -6 route get 2001:db8:100::2
ip nexthop
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::2 metric 1024 table local mtu 1400
ip nexthop add id 8 dev veth2
ip -6 route del 2001:db8:200::1
ip nexthop del id 1
ip route del 10.1.2.0/24 nhid 8 table 100
ip -6 route del default nexthop via 2001:db8:c::2 weight 3 nexthop via 2001:db8:c::2 metric 1024 table 100 mtu 1400
ip -6 route add default via 2001:db8:a::3 metric 256 table local expires 2147483647
ip -6 route del 2001:db8:200::/48
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1 dev veth1 metric 0 table local expires 4294967295
ip route get 172.16.1.1 oif veth2
ip -d route show table all
ip nexthop add id 8 group 1/6
ip nexthop add id 2 via 198.51.100.3 dev veth0
ip -6 route add 2001:db8:a::80/121 nhid 8 table 100
ip -6 route add 2001:db8:200::1 nhid 8 metric 5
ip -6 route add throw 2001:db8:a::/64 table 100
ip nexthop del id 5
ip route get 172.16.1.1
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route replace 2001:db8:200::1 dev lo metric 1024 mtu 1400
ip link set veth3 up
ip -6 route add ::/1 nexthop via 2001:db8:c::2 weight 1 nexthop via 2001:db8:b::2 metric 1024
ip -d route show table all
ip -d nexthop
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:c::2
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
route add -host 10.22.0.1
ip -6 route add throw 2001:db8:200::/48 table local mtu 1400
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 metric 0 table 100 pref low
ip nexthop show groups
ip -6 route add default nhid 1 metric 5
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip nexthop
ip link set veth2 up
route add default gw 198.51.100.3 metric 3
ip route
ip nexthop add id 8 group 6/5,4
ip -6 route add prohibit default table 100
ip -6 route add default nhid 1
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -j -6 route show table all
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route get 10.1.2.3 oif veth2
ip -6 route add blackhole 2001:db8:200::/48 table local expires 4294967295
ip -6 route del 2001:db8:200::1 table local
ip route add 10.1.2.0/24 nhid 8
ip route add 10.1.0.0/16 nhid 1 metric 5
ip -6 route add 2001:db8:100::/56 nhid 8 table 100
ip -6 route get 2001:db8:100::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
