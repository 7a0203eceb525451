# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 35), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=43785
ip -6 route add 2001:db8:100::/56 dev veth2 metric 1024
ip -6 route replace 2001:db8:a::/64 nexthop via 2001:db8:a::2 nexthop via 2001:db8:b::3 metric 0
ip nexthop del id 9
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route add prohibit default metric 1024 table 200 pref high
ip -6 route add throw 2001:db8:200::1 metric 1024 table 100 pref low
ip -j -6 route show table all
ip -6 route del default metric 0 table 200
ip -d nexthop
ip -6 route change prohibit 2001:db8:200::1 metric 256
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route prepend throw 2001:db8:a::80/121 metric 1024 table 200 mtu 1400
ip route add 172.16.0.0/12 nhid 3 metric 5
ip -6 route add default nhid 3 metric 5
ip -6 route replace throw 2001:db8:100::/56 metric 0 pref low
ip nexthop flush
ip -6 route add unreachable ::/1 metric 256
ip -6 route add 2001:db8:100::/56 nhid 6
ip -6 route replace 2001:db8:a::/64 via fe80::1 dev veth1 metric 10 table 100 expires 4294967295
route -A inet6 add default gw 2001:db8:a::2 dev veth0 metric 7
netstat -rn -6
ip -6 route add throw 2001:db8:100::/48 metric 256 table local expires 2147483647
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
netstat -rn -6
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -d route show table all
ip -6 route get 2001:db8:a::1
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 table local expires 4294967295
route del -net 10.21.0.0/16 metric 3
ip -6 route append 2001:db8:100::/48 dev veth2 metric 256 table local expires 4294967295
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:a::3 nexthop via 2001:db8:b::3 table local
route -n
ip nexthop del id 5
ip -6 route replace ::/1 via 2001:db8:b::2 dev nosuch table 200
route -n
ip nexthop flush dev veth0
ip route add 10.0.0.0/8 nhid 8 metric 5
ip -6 route add prohibit default table 100 mtu 1400
ip -6 -d route
ip -6 route add throw ::/1 metric 0
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::2 metric 0 pref low
ip route get 10.1.2.3 oif veth2
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:b::3 weight 2 nexthop via 2001:db8:b::2 table local
ip link set veth2 up
ip -6 route add ::/1 via 2001:db8:99::1 metric 10 table 100 pref low
ip nexthop add id 8 via 198.51.100.2 dev veth2
ip route del 10.1.2.0/24 nhid 1 table 100
ip -6 route add 2001:db8:100::/56 nhid 5
ip -6 route add 2001:db8:200::/48 dev lo pref low
ip nexthop
ip -6 route add throw 2001:db8:200::/48 metric 10 table 200 pref low
ip nexthop add id 3 blackhole
ip nexthop add id 3 blackhole
ip -6 -d route
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::3 metric 256
ip -6 route prepend ::/1 via 2001:db8:a::3 dev nosuch metric 256 expires 4294967295
route -A inet6 del 2001:db8:400::/48 metric 7
route add -host 10.22.0.1
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
