# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 77), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=72017
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route prepend default nexthop via 2001:db8:99::1 weight 2 nexthop via 2001:db8:b::3 metric 10 expires 4294967295
ip -d nexthop
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 metric 1024 table 200 expires 2147483647
ip -6 route add 2001:db8:100::/56 nhid 8 table 100
route -A inet6 del 2001:db8:400::/48 gw fe80::1
ip -6 route show table all
route add -net 10.20.0.0 netmask 255.255.0.0
ip nexthop replace id 7 via 10.9.9.9 dev veth0
route add -host 10.22.0.1 metric 3
ip -6 route add throw 2001:db8:100::/48 pref high
ip -6 route replace 2001:db8:100::/48 via 2001:db8:a::3 metric 0 table local pref low
ip -6 route del 2001:db8:200::1 dev veth0 table local mtu 1400
route -n -A inet6
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 dev nosuch table 200 expires 2147483647
route -n -A inet6
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip nexthop add id 5 via 198.51.100.3 dev veth2
ip -6 route add throw default metric 10 pref low
ip nexthop show groups
ip -d route show table all
route -A inet6 add 2001:db8:402::1 gw 2001:db8:b::2
ip -6 route add default nhid 1
ip -6 route get 2001:db8:ffff::1
ip -6 route append throw 2001:db8:a::80/121 metric 10 table 200 mtu 1400
ip -6 route add throw 2001:db8:200::/48 table local pref low
ip route add 10.1.0.0/16 nhid 2 table 100
ip -6 route add 2001:db8:200::1 dev veth1 metric 1024 pref high
ip -6 route append 2001:db8:100::/56 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::2 metric 0 table 200 mtu 1400
ip link set veth2 up
ip -d nexthop
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 metric 0 table 200
route add -host 10.22.0.1 gw 192.0.2.2 metric 3
ip route del 172.16.0.0/12 table 100
ip nexthop del id 3
ip route
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::2 metric 10
ip nexthop flush dev veth0
ip -d nexthop
ip -6 route add ::/1 via fe80::1
ip -6 route add throw ::/1
ip nexthop flush dev veth0
ip -6 route add blackhole 2001:db8:200::1 expires 4294967295
ip -6 route add prohibit 2001:db8:200::1 metric 10
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 metric 1024 table 100
route add -net 10.21.0.0/16 reject
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add throw 2001:db8:300::/40 metric 10 table 200 mtu 1400
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip route del 10.1.2.3
ip route add 10.0.0.0/8 nhid 5
ip -6 route add throw 2001:db8:100::/48 metric 10 table 100
ip nexthop add id 1 group 6/3
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip nexthop add id 5 blackhole
route -n
ip nexthop del id 5
ip -6 route prepend prohibit 2001:db8:200::1 table 100
ip -6 route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
