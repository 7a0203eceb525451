# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 40), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=34161
ip -6 route add blackhole 2001:db8:300::/40 expires 2147483647
ip route del 10.0.0.0/8 nhid 2 table 100
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip -6 route show table all
ip -6 route add 2001:db8:100::/48 via 2001:db8:99::1 dev veth1 metric 1024 expires 2147483647
ip -6 route change 2001:db8:300::/40 dev nosuch table local
ip -6 route append throw 2001:db8:a::/64 metric 0 table 100 mtu 1400
ip -6 route get 2001:db8:100:ff::3
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip route add 10.1.0.0/16 nhid 8
ip -6 route add default dev lo metric 10 table local
ip -6 route add blackhole 2001:db8:a::/64 metric 1024 table 200 pref high
ip -6 route del 2001:db8:a::80/121
ip -6 route del 2001:db8:100::/48
ip nexthop add id 8 group 1
ip -6 route get 2001:db8:100::2
ip nexthop replace id 2 dev veth1
ip -6 route add throw 2001:db8:200::/48 metric 256 table 100 mtu 1400
ip -j nexthop
ip nexthop flush
ip route del 10.1.2.0/24 table 100
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add unreachable default pref high
ip -6 route show table all
ip -d route show table all
ip -6 route
route -n -A inet6
ip route
route -n -A inet6
ip nexthop add id 1 dev veth2
ip -6 route change blackhole ::/1 metric 10
ip route add 10.1.2.3 nhid 5 metric 5
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 metric 256 expires 2147483647
ip nexthop add id 2 via 2001:db8:a::3 dev veth2
ip route get 10.1.2.3 from 192.0.2.1
ip nexthop add id 8 group 5,1/3/2
ip nexthop del id 1
ip route
ip nexthop add id 1 dev veth1
ip -6 route
ip -6 -d route
ip link set veth2 down
ip -6 route add blackhole 2001:db8:a::80/121 metric 256
route add -host 10.22.0.1 reject
ip route del 10.1.2.0/24 nhid 3 table 100
ip -6 route show table 100
ip -6 route add throw 2001:db8:a::80/121 metric 0 table 100 expires 4294967295
ip route get 10.1.2.4 oif veth2
ip route add 10.0.0.0/8 nhid 8 table 100
ip -6 route add 2001:db8:300::/40 nhid 7
ip nexthop show groups
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip link set veth2 up
ip nexthop flush
ip nexthop
ip -6 route add blackhole default metric 256
ip -6 route del 2001:db8:300::/40
ip -d nexthop
ip route
ip -6 route get 2001:db8:300::7
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
