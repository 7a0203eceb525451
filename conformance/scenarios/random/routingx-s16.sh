# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 16), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=84304
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip route get 8.8.8.8
ip -6 route get 2001:db8:ffff::1
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 metric 256
ip -6 route append blackhole ::/1 metric 10 mtu 1400
ip -6 route del prohibit 2001:db8:100::/48 metric 1024 table 200 expires 4294967295
ip -6 route add prohibit 2001:db8:a::80/121 metric 10
ip nexthop flush dev veth0
ip -6 route add prohibit 2001:db8:a::/64 table 200 expires 2147483647
ip -6 route prepend default via 2001:db8:a::2 dev lo metric 0 table 200
ip nexthop add id 6 via 2001:db8:a::3 dev veth0
ip route add 10.1.2.0/24 nhid 3 table 100
ip -6 route del default
ip route del 10.0.0.0/8 nhid 8 table 100
ip -6 route append prohibit default metric 0 table local mtu 1400
route -A inet6 add default dev veth1
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 dev veth0 metric 1024
ip -6 route get 2001:db8:100:ff::3
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route change throw 2001:db8:100::/48 metric 1024 table local
ip -6 route add unreachable ::/1 metric 0 mtu 1400
ip -d nexthop
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route add ::/1 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 metric 1024 expires 2147483647
netstat -rn -6
ip -6 route prepend throw ::/1 pref low
ip -6 route append unreachable 2001:db8:a::/64 pref high
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 metric 0 pref low
route -A inet6 add 2001:db8:401::/64 gw fe80::1 dev veth0
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1 metric 1024 table local pref low
ip nexthop
ip nexthop add id 2 via 2001:db8:a::2 dev veth2
ip -6 route add 2001:db8:300::/40 dev veth0 metric 256 table 200 pref low
ip -6 route add blackhole 2001:db8:100::/56 metric 0 table 100
ip route get 10.1.2.3
ip -6 route del 2001:db8:200::1
ip -6 route prepend blackhole 2001:db8:200::1 metric 256 table local pref high
route add -net 10.23.0.0/24 reject
ip -6 route replace 2001:db8:200::/48 via 2001:db8:c::2 metric 1024
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip route get 10.1.2.3 from 192.0.2.1
route add -net 10.21.0.0/16 gw 198.51.100.2 metric 3
ip -6 route add ::/1 nexthop via 2001:db8:99::1 nexthop via 2001:db8:b::2 metric 1024
ip nexthop add id 7 via 2001:db8:a::2 dev veth2
ip nexthop add id 3 via 10.9.9.9 dev veth2
ip -6 route add unreachable 2001:db8:200::/48
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route add unreachable 2001:db8:100::/56 table 200 pref high
route del -host 10.22.0.1 metric 3
ip -6 route add blackhole 2001:db8:a::80/121 table 100
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
route -n
ip -6 route
ip -d route show table all
route -n
ip -6 route change 2001:db8:300::/40 via 2001:db8:99::1 metric 10 pref low
ip nexthop replace id 7 dev veth1
ip -6 -d route
route -n -A inet6
ip -6 route add ::/1 nhid 7 metric 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
