# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 72), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=86897
ip route del default table 100
ip -6 route add unreachable 2001:db8:a::/64 metric 0 expires 4294967295
ip -6 route add unreachable ::/1 table 200
ip nexthop replace id 4 group 6/8,1/1,1
ip -6 route show table 100
ip -6 route add unreachable 2001:db8:100::/56 metric 0 table 100 pref low
ip nexthop add id 2 group 1/6,4/5
ip route add 10.1.2.0/24 nhid 3
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::3
ip -6 route add default via 2001:db8:c::2 dev lo metric 10
ip route add 10.1.2.0/24 nhid 6 metric 5
route -A inet6 del default
ip route add 10.1.2.0/24 nhid 1
route del -host 10.22.0.1
route add -host 10.22.0.1 dev veth2
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
route add -net 10.23.0.0/24
ip -6 route replace 2001:db8:200::1 via 2001:db8:b::3 dev veth1 metric 256
ip -j -6 route show table all
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 metric 0 table 200 pref high
ip link set veth2 up
ip -6 route add blackhole 2001:db8:200::/48 table 200
ip route get 192.0.2.9
ip nexthop add id 2 via 10.9.9.9 dev veth0
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::2 dev nosuch metric 10 table 200
ip route get 192.0.2.9 from 192.0.2.1
ip link set veth3 up
ip route del 172.16.0.0/12 nhid 6
ip link set veth3 down
ip -6 route get 2001:db8:100::1
ip -6 route append 2001:db8:100::/56 via 2001:db8:a::2 metric 10 table 200
ip nexthop replace id 8 blackhole
ip link set veth3 up
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route add unreachable 2001:db8:200::1 metric 10
ip -6 route get 2001:db8:a::1
ip -6 -d route
ip -6 route add 2001:db8:200::1 nhid 4
ip -6 route add prohibit default metric 0 table 100
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 dev veth0 metric 0 expires 2147483647
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:b::3 weight 3 nexthop via 2001:db8:b::3 table local pref low
route -A inet6 add 2001:db8:401::/64 dev veth0
ip -6 route show table 100
ip nexthop add id 3 group 4,2/5/2
route add -net 10.21.0.0/16 reject
ip -j -6 route show table all
ip route del 10.0.0.0/8 nhid 7 table 100
ip -j nexthop
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 metric 10 pref high
ip link set veth0 down
ip route del 10.0.0.0/8
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip route get 10.1.2.3 oif veth2
ip -6 route append 2001:db8:100::/48 via 2001:db8:b::2
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:c::2 nexthop via 2001:db8:99::1 metric 10 pref low
ip -d route show table all
ip -6 route get 2001:db8:300::7 oif veth2
ip -j nexthop
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
