# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 38), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=27995
ip route del default table 100
ip nexthop del id 9
ip -6 route add unreachable 2001:db8:a::/64 table 100 pref high
ip -6 route get 2001:db8:100:ff::3
route add -net 10.23.0.0/24 reject metric 3
route del -net 10.21.0.0/16
ip -6 route add unreachable default metric 0 table local expires 2147483647
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 table local mtu 1400
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route get 2001:db8:100::1
ip route add 10.0.0.0/8 nhid 5
ip -6 route add default via 2001:db8:c::2 metric 0
ip nexthop replace id 1 group 6/5
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route add prohibit 2001:db8:100::/56 table 100 pref low
ip -6 route del 2001:db8:100::/56 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::2 pref low
ip -6 route add ::/1 via 2001:db8:b::2 metric 256 expires 2147483647
ip route add 10.0.0.0/8 nhid 3
ip nexthop del id 5
ip -6 route show table all
ip nexthop add id 8 dev veth2
ip link set veth0 up
ip -6 route show table 100
ip -j nexthop
ip route del 10.1.2.0/24 table 100
ip -6 route get 2001:db8:a::1
ip -6 route get 2001:db8:300::7
ip nexthop show groups
ip route get 8.8.8.8
ip link set veth0 up
route add -net 10.21.0.0/16 dev nosuch metric 3
ip -6 route add prohibit 2001:db8:a::/64 metric 0 table 200 expires 2147483647
ip nexthop
route add -net 10.20.0.0 netmask 255.255.0.0 gw 198.51.100.2 metric 3
ip -6 route prepend unreachable ::/1 metric 0 mtu 1400
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip nexthop show groups
ip route add 10.1.2.0/24 nhid 1
ip -d nexthop
ip -6 route get 2001:db8:ffff::1
ip -6 route del ::/1 via fe80::1 table local
ip route del 172.16.0.0/12
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route append 2001:db8:200::1 via 2001:db8:a::2 dev veth2 metric 256 pref low
ip -6 route add blackhole 2001:db8:100::/48 table local
ip nexthop add id 1 group 3
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 table local
ip -6 route add throw 2001:db8:a::80/121 expires 2147483647
ip route add 10.0.0.0/8 nhid 7 table 100
ip -j -6 route show table all
ip -6 route add ::/1 dev lo metric 0 expires 4294967295
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::2 metric 10 table 100
ip -6 route show table all
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route get 2001:db8:a::1
ip -d nexthop
ip route add default nhid 2 metric 5
ip nexthop add id 2 dev veth2
ip -6 route add 2001:db8:300::/40 nhid 2 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
