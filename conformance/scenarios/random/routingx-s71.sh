# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 71), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=3486
ip link set veth2 up
ip -6 route change throw 2001:db8:100::/48
ip -6 route get 2001:db8:100::1
ip -d route show table all
ip route get 10.0.0.1 oif veth2
ip route del 10.1.0.0/16
ip -6 route add 2001:db8:a::/64 dev nosuch metric 256 mtu 1400
ip -6 route add 2001:db8:200::/48 via fe80::1 table local pref high
ip -6 -d route
ip -6 route add blackhole 2001:db8:100::/48 metric 1024
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route del blackhole 2001:db8:300::/40 pref high
ip -6 route append blackhole 2001:db8:200::1 metric 0 mtu 1400
ip -6 route del 2001:db8:a::/64 dev veth0 metric 256
ip route del 10.1.0.0/16 nhid 6 table 100
ip -6 route show table 100
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::2 table 100 expires 2147483647
ip -6 route get 2001:db8:200::1
ip route get 8.8.8.8 from 192.0.2.1
ip nexthop replace id 4 group 7,3
ip -6 route add blackhole 2001:db8:100::/56 table 200 pref high
ip -6 route add prohibit 2001:db8:300::/40 pref low
route -n
ip -6 route show table all
ip -6 route add throw ::/1 metric 10 pref high
ip -6 route add blackhole 2001:db8:100::/48 metric 1024 table 100 expires 2147483647
ip route get 172.16.1.1
ip -d nexthop
ip -6 route add 2001:db8:200::1 dev veth0 metric 256 pref high
ip nexthop add id 6 group 7/8
ip -6 route del 2001:db8:100::/56
ip -6 route get 2001:db8:100:ff::3
ip route del 10.1.2.3 nhid 1
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route add 2001:db8:200::1 nhid 6 table 100
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024
ip nexthop add id 4 via 198.51.100.2 dev veth2
ip route get 172.16.1.1
ip nexthop replace id 2 via 192.0.2.2 dev veth2
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route add default nexthop via 2001:db8:99::1 nexthop via fe80::1 metric 1024 table local pref high
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 dev veth1 metric 0 table 100
ip -6 route get 2001:db8:100::1
ip -6 route add default nexthop via 2001:db8:99::1 weight 2 nexthop via 2001:db8:99::1 metric 10 expires 4294967295
route add -net 10.21.0.0/16 metric 3
ip -6 route add unreachable 2001:db8:200::/48 metric 256 table 200
ip route add 10.1.2.0/24 nhid 1 table 100
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route show table 100
route add -net 10.23.0.0/24 gw 198.51.100.2
route -n -A inet6
ip -6 route add throw 2001:db8:200::/48 metric 1024
ip route get 172.16.1.1
ip -6 route del 2001:db8:a::80/121 via 2001:db8:c::2 metric 10 table 200 mtu 1400
route del -net 10.20.0.0 netmask 255.255.0.0
ip -6 route add 2001:db8:100::/56 via 2001:db8:c::2 dev nosuch metric 256
ip -6 route add blackhole 2001:db8:a::80/121 metric 0 table local mtu 1400
ip -6 route add 2001:db8:100::/56 nhid 8
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
