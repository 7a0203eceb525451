# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 39), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=1822
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 8 via 198.51.100.2 dev veth0
ip nexthop del id 3
route add -net 10.20.0.0 netmask 255.255.0.0 reject
ip -6 -d route
ip -6 route get 2001:db8:ffff::1
ip -6 route del 2001:db8:300::/40 table 100
ip nexthop replace id 3 group 1,1
ip -6 route add unreachable 2001:db8:a::80/121 metric 1024
route add default
ip nexthop
ip route add 10.1.0.0/16 nhid 4
ip -6 route add ::/1 nhid 8 metric 5
ip route del 10.1.2.3 table 100
ip route del 172.16.0.0/12 table 100
ip -6 route del 2001:db8:300::/40 table 100
ip -6 route add blackhole 2001:db8:300::/40 metric 1024
ip -6 route add blackhole ::/1 metric 256 table 100
ip link set veth0 down
ip route get 8.8.8.8 oif veth2
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop add id 1 via 2001:db8:b::2 dev veth0
ip -d nexthop
ip -6 route add 2001:db8:100::/56 nhid 5
ip nexthop add id 2 via 198.51.100.3 dev veth2
ip -6 route del ::/1 nexthop via 2001:db8:b::3 weight 3 nexthop via 2001:db8:c::2 table 100 expires 4294967295
ip -6 route add throw 2001:db8:a::80/121
ip -6 -d route
ip -6 route add 2001:db8:100::/48 dev veth0 metric 1024 table 200
ip -6 route get 2001:db8:a::1
route add default gw 10.9.9.9 metric 3
ip nexthop
ip route get 10.1.2.3 from 192.0.2.1
route add default dev veth1 metric 3
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 expires 4294967295
ip -6 route add throw 2001:db8:200::/48
ip route
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route append default nexthop via 2001:db8:c::2 weight 2 nexthop via 2001:db8:b::2 mtu 1400
ip nexthop add id 6 group 4,4/5,2/1,3
ip link set veth2 up
ip -6 route add prohibit 2001:db8:100::/56 metric 10 table 200 mtu 1400
ip nexthop flush
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::2
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route get 2001:db8:a::9
route -n
ip -6 route add 2001:db8:200::/48 dev veth1 metric 10 table 100 expires 4294967295
ip -6 route del 2001:db8:a::/64
ip -6 route add unreachable 2001:db8:300::/40 metric 0 table 100 expires 2147483647
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024 table local mtu 1400
ip -6 route del 2001:db8:a::/64
ip -6 route get 2001:db8:200::1 oif veth2
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:b::3
route add -host 10.22.0.1 gw 10.9.9.9 metric 3
ip route del 10.1.2.0/24 nhid 6
ip -6 route get 2001:db8:ffff::1
ip -6 route add 2001:db8:200::1 nhid 8
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip route get 10.1.2.3 from 192.0.2.1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
