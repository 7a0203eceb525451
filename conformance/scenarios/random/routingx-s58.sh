# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 58), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=45897
ip -6 route add throw 2001:db8:a::80/121 metric 1024 mtu 1400
ip link set veth0 up
ip nexthop add id 2 dev veth2
ip -6 route add throw default table 100 expires 2147483647
ip -6 route del blackhole 2001:db8:100::/56
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route add 2001:db8:a::/64 nhid 7
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:99::1 nexthop via 2001:db8:b::2 metric 10 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route
ip -6 route add 2001:db8:200::/48 via 2001:db8:c::2 metric 0 expires 2147483647
ip -6 route get 2001:db8:ffff::1
ip -6 route change prohibit 2001:db8:100::/48 metric 256 table 200
ip link set veth0 up
ip -6 route add prohibit 2001:db8:200::1 metric 256
ip -d nexthop
ip -6 route replace unreachable 2001:db8:a::80/121 expires 4294967295
ip nexthop add id 3 dev veth0
ip -6 route get 2001:db8:a::9 oif veth2
route -A inet6 add default gw 2001:db8:99::1 metric 7
ip -6 route add 2001:db8:100::/56 nhid 1 table 100
ip -6 route add blackhole 2001:db8:a::/64 metric 10 pref high
route -n -A inet6
ip -6 route add 2001:db8:100::/48 dev veth0 metric 1024 table 100
ip -6 route del 2001:db8:a::/64 metric 1024 table 100
ip -6 route show table all
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 dev veth0 metric 0 table 100
ip nexthop
ip -6 route add prohibit 2001:db8:a::/64 table 200 mtu 1400
ip nexthop add id 4 via 198.51.100.3 dev veth2
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:b::2
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip nexthop
ip -6 route del 2001:db8:200::/48
ip -6 route del 2001:db8:300::/40
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route add unreachable 2001:db8:100::/48 metric 256
ip -6 route add ::/1 via fe80::1 metric 256 pref low
ip nexthop add id 3 group 5,3/6,4
ip -6 route add throw default expires 4294967295
ip -6 route get 2001:db8:ffff::1
ip nexthop add id 6 dev veth0
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 metric 256 table 200 pref high
ip -6 route get 2001:db8:100::2 oif veth2
netstat -rn -6
ip -6 route add 2001:db8:a::/64 dev lo table 100 mtu 1400
ip route get 10.1.2.4 oif veth2
ip -6 route add unreachable 2001:db8:100::/48 metric 10 table local
ip -6 route add default nhid 3 table 100
ip nexthop add id 7 group 3
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::1
ip nexthop flush dev veth0
ip nexthop replace id 3 group 6,4
ip nexthop flush
ip -6 route del 2001:db8:200::1
ip -6 route change prohibit ::/1 metric 256 table 200 pref high
ip -6 route add blackhole 2001:db8:100::/56 pref low
ip route del 10.1.0.0/16
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
