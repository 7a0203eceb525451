# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 27), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=46973
ip -6 route
ip route
ip -j -6 route show table all
ip -6 route add default dev veth0 metric 256 expires 4294967295
ip -6 route show table 100
ip -6 route add default via 2001:db8:a::3 metric 256 mtu 1400
ip nexthop
ip route
ip -d nexthop
ip nexthop del id 1
route add default metric 3
ip -6 route append 2001:db8:200::1 nexthop via 2001:db8:b::3 nexthop via 2001:db8:99::1 metric 256 table local expires 2147483647
ip route get 10.1.2.4 oif veth2
ip nexthop add id 1 dev veth1
ip -6 route append prohibit 2001:db8:300::/40 table 200 pref high
ip nexthop add id 2 via 10.9.9.9 dev veth0
ip route get 10.0.0.1
ip -6 route add ::/1 via 2001:db8:c::2 metric 1024 expires 2147483647
ip -6 route add unreachable 2001:db8:300::/40 metric 0
ip -6 route add blackhole 2001:db8:100::/48 metric 10 pref low
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip nexthop add id 3 via 2001:db8:a::3 dev veth2
ip -6 route replace 2001:db8:a::/64 nexthop via 2001:db8:b::2 nexthop via 2001:db8:c::2 metric 0
ip -6 route show table 100
ip route del 10.1.2.0/24
ip link set veth2 up
ip nexthop add id 2 via 192.0.2.2 dev veth0
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
route add default metric 3
ip -6 route get 2001:db8:100::1
ip -6 route add 2001:db8:300::/40 nhid 4 table 100
ip -6 route
ip -6 route add blackhole ::/1 metric 1024
ip -6 route add blackhole 2001:db8:300::/40 metric 0 expires 4294967295
ip nexthop add id 8 blackhole
ip route add 10.0.0.0/8 nhid 5
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:a::2 nexthop via 2001:db8:a::2 metric 10 table 200 expires 2147483647
ip route get 192.0.2.9
ip route add default nhid 1 table 100
ip -6 route add unreachable 2001:db8:200::/48 expires 2147483647
ip -d route show table all
ip -6 route add ::/1 nhid 5 table 100
ip -6 route replace prohibit 2001:db8:100::/48 metric 0 pref low
ip -6 route add throw 2001:db8:300::/40
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route add 2001:db8:100::/56 dev veth2 metric 256 mtu 1400
ip -6 route prepend 2001:db8:200::1 nexthop via 2001:db8:99::1 nexthop via 2001:db8:c::2 metric 10
ip -6 -d route
ip link set veth3 up
ip -6 route change throw 2001:db8:200::/48 metric 256 table local pref high
ip nexthop add id 4 via 198.51.100.3 dev veth0
ip -6 route get 2001:db8:100:ff::3
ip nexthop add id 6 blackhole
route del -host 10.22.0.1 metric 3
ip -6 -d route
ip -6 route get 2001:db8:200::1
ip route get 8.8.8.8 oif veth2
ip -d route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
