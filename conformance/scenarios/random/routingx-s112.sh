# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 112), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=88431
route -A inet6 add default gw 2001:db8:c::2 dev veth0
ip route get 10.1.2.4 oif veth2
ip -6 route add 2001:db8:100::/56 dev lo table 200 pref low
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add 2001:db8:a::80/121 nhid 8 table 100
ip -6 route add 2001:db8:200::/48 nhid 4 metric 5
ip -6 route get 2001:db8:100:ff::3
ip route get 192.0.2.9 from 192.0.2.1
ip route del 172.16.0.0/12 table 100
ip -6 -d route
ip -6 route get 2001:db8:200::1
ip nexthop add id 1 via 2001:db8:b::3 dev veth2
ip -6 route add ::/1 via 2001:db8:a::2 pref high
ip route add 10.1.0.0/16 nhid 5 table 100
ip route add default nhid 8 metric 5
ip -6 route prepend prohibit 2001:db8:a::80/121
ip -6 route add throw 2001:db8:a::/64 metric 10 pref low
ip -6 route add ::/1 nhid 2 table 100
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip nexthop add id 6 group 4,3/1
ip route add 10.1.2.3 nhid 3 metric 5
ip -6 route del default
ip -6 route show table all
ip -6 route add ::/1 via 2001:db8:99::1 metric 10 table 100
ip -6 route del default metric 256
route add default dev veth2 metric 3
ip -6 route add 2001:db8:a::/64 dev nosuch table 200 pref high
ip link set veth2 up
ip -6 route add throw default metric 1024 table local pref high
ip nexthop del id 9
ip -6 route get 2001:db8:200::1
route -A inet6 add default dev veth2 metric 7
ip -6 route change 2001:db8:100::/48 via 2001:db8:a::3 dev nosuch metric 0 pref high
ip -6 route del throw 2001:db8:100::/48 metric 10 table local mtu 1400
ip -6 route get 2001:db8:300::7
ip route del 10.1.2.0/24 nhid 2
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
netstat -rn -6
ip -6 route change 2001:db8:a::/64 nexthop via 2001:db8:a::3 weight 2 nexthop via 2001:db8:b::3 table 100 expires 2147483647
ip -d nexthop
ip -6 route del 2001:db8:a::80/121
ip -6 route add unreachable 2001:db8:100::/56 metric 256 pref low
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::2 mtu 1400
route -A inet6 del 2001:db8:401::/64
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 metric 1024 expires 4294967295
ip -6 route show table 100
ip -6 route del default nexthop via 2001:db8:a::2 weight 1 nexthop via 2001:db8:a::2 table local expires 4294967295
ip -6 route show table all
ip -6 route replace 2001:db8:100::/48 via 2001:db8:99::1 metric 0 table local
ip -6 route
ip -6 route add unreachable 2001:db8:a::80/121 metric 0 expires 4294967295
ip link set veth3 up
ip -6 route add 2001:db8:100::/56 nhid 5 metric 5
ip -6 route add 2001:db8:200::/48 via fe80::1 expires 2147483647
ip -6 route
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route add blackhole 2001:db8:100::/56 metric 1024 mtu 1400
ip route
ip route add default nhid 4 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
