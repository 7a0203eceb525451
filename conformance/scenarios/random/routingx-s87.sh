# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 87), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=80144
ip -j nexthop
ip -6 route del 2001:db8:200::/48 metric 0
ip -6 route del 2001:db8:100::/48 via 2001:db8:b::3 pref low
ip -6 route del 2001:db8:300::/40 nexthop via fe80::1 weight 3 nexthop via 2001:db8:a::3
ip route del 10.0.0.0/8 nhid 5
ip route del 10.1.0.0/16 nhid 5 table 100
ip nexthop add id 5 via 10.9.9.9 dev veth2
ip route add 10.0.0.0/8 nhid 6
ip -6 route add 2001:db8:a::/64 nhid 4
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route
ip -6 route
ip -6 route replace blackhole 2001:db8:a::80/121
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 pref high
ip -6 route add prohibit 2001:db8:100::/56 table local
ip route get 10.1.2.4 from 192.0.2.1
ip route get 8.8.8.8 oif veth2
ip -j nexthop
ip route get 10.1.2.4
route del -net 10.21.0.0/16 metric 3
ip nexthop add id 3 dev veth1
ip -6 route add throw 2001:db8:100::/48 table local
ip -6 route add ::/1 nexthop via 2001:db8:b::2 nexthop via 2001:db8:b::2 metric 256 pref high
ip -6 route add default dev veth0 metric 256
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:99::1 metric 7
ip nexthop replace id 5 via 192.0.2.2 dev veth2
ip -6 route get 2001:db8:ffff::1
ip -6 route get 2001:db8:ffff::1
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.2
ip -6 route add blackhole 2001:db8:300::/40 metric 10
ip -6 route add throw 2001:db8:a::80/121 metric 1024 table 100 expires 2147483647
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route add prohibit default
ip -j -6 route show table all
ip -6 route add unreachable 2001:db8:a::/64 metric 10 table 100
ip -6 route add 2001:db8:a::80/121 nhid 3 metric 5
ip -6 route add throw 2001:db8:a::80/121 metric 0 table local pref low
ip route add 172.16.0.0/12 nhid 3 metric 5
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -d route show table all
ip -6 route add ::/1 via 2001:db8:99::1 metric 256 pref low
ip -6 route add blackhole default metric 0 table 200 expires 4294967295
route -A inet6 add 2001:db8:401::/64 gw 2001:db8:b::2
ip link set veth0 up
ip -6 route replace throw default metric 256 table local
ip nexthop add id 7 via 10.9.9.9 dev veth2
ip -6 route get 2001:db8:100::1
ip -6 route change default nexthop via 2001:db8:b::3 nexthop via 2001:db8:c::2 metric 256
ip -6 route add blackhole ::/1 table local pref high
ip nexthop add id 5 group 3,4/6,1
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add 2001:db8:100::/56 dev veth2 expires 4294967295
ip -d nexthop
ip nexthop replace id 2 dev veth0
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route add throw ::/1 pref low
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:a::80/121 nhid 5
ip nexthop replace id 3 group 1,2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
