# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 59), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=98687
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add throw 2001:db8:100::/48 metric 10 table 100 pref low
route -n -A inet6
ip -6 route add throw 2001:db8:a::80/121
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 metric 256 expires 2147483647
ip -d route show table all
ip link set veth3 up
ip -6 route add unreachable 2001:db8:a::80/121 table 200 expires 4294967295
ip -d route show table all
ip nexthop
ip -6 route add default via 2001:db8:b::3 metric 10 pref low
ip -d route show table all
ip -6 route append blackhole 2001:db8:a::80/121 pref high
ip nexthop replace id 6 dev veth1
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
route -A inet6 add default gw 2001:db8:c::2 dev veth0 metric 7
ip route get 192.0.2.9 oif veth2
ip nexthop add id 6 group 1
ip -6 route replace blackhole 2001:db8:100::/56
ip -d nexthop
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route get 2001:db8:100::1 oif veth2
route -n -A inet6
ip route
ip route del 10.1.2.3 nhid 8
ip route get 8.8.8.8
ip -6 route get 2001:db8:ffff::1
ip link set veth0 down
ip route del 10.1.2.3 nhid 4
ip route add 10.1.0.0/16 nhid 8 metric 5
ip route del 10.1.2.3 nhid 1 table 100
ip route del 10.0.0.0/8 nhid 1
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
route add -net 10.23.0.0/24 reject
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route
ip -6 route del prohibit ::/1 mtu 1400
ip nexthop add id 1 blackhole
ip -6 route add unreachable 2001:db8:200::1 metric 0 table local
route add -host 10.22.0.1 dev veth1
ip -6 route add throw 2001:db8:a::80/121 metric 10 table local
ip -j -6 route show table all
ip -6 route show table all
ip -6 route add 2001:db8:100::/56 dev veth0 pref low
ip -6 route del 2001:db8:200::/48
ip -6 route replace blackhole 2001:db8:100::/48 metric 256 table 100 mtu 1400
ip -6 route get 2001:db8:a::1
ip -d nexthop
ip nexthop replace id 7 group 8/7
ip nexthop del id 1
ip -6 route
ip link set veth3 up
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip nexthop add id 8 dev veth1
ip -6 route del ::/1 via 2001:db8:a::2 dev nosuch metric 0
ip nexthop
ip -6 -d route
route add -net 10.21.0.0/16 reject metric 3
ip route del 10.1.0.0/16 nhid 6
ip -6 route del 2001:db8:100::/56
netstat -rn -6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
