# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 111), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=78528
ip -6 route change throw 2001:db8:100::/56 table 200
ip -6 route add unreachable 2001:db8:100::/48 expires 4294967295
ip nexthop add id 8 group 3,3/2
ip -6 route add blackhole 2001:db8:a::/64 metric 1024 table 200 pref high
ip nexthop add id 8 via 198.51.100.3 dev veth2
ip -6 route del 2001:db8:300::/40 table 100
ip -6 route del 2001:db8:a::/64
ip -j -6 route show table all
ip -6 route add unreachable 2001:db8:a::80/121
ip -d nexthop
ip -d route show table all
ip -d nexthop
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route add prohibit 2001:db8:300::/40 metric 256 pref low
ip -6 route add blackhole 2001:db8:200::1 table 100
route -n
ip -6 route add 2001:db8:a::80/121 nhid 6 metric 5
ip -6 route add 2001:db8:200::/48 nhid 3 table 100
ip -6 route get 2001:db8:100::2
ip route del 10.1.2.0/24 nhid 3
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 metric 256 table 200 pref low
ip nexthop add id 3 group 6/8,4
ip nexthop add id 6 via 2001:db8:a::3 dev veth2
ip -6 route add blackhole ::/1 table local pref low
ip nexthop replace id 6 dev veth0
ip -6 route get 2001:db8:ffff::1
ip -6 route add default nhid 3 table 100
ip -6 route add throw ::/1 metric 1024 pref high
ip nexthop replace id 5 group 4,1/2,1
ip -6 route prepend prohibit 2001:db8:100::/56 metric 1024 pref high
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route add 2001:db8:200::/48 nhid 3 table 100
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:99::1 dev veth0
ip -6 route del ::/1 metric 10
ip nexthop add id 1 group 5/6
route add default metric 3
ip -6 route del prohibit 2001:db8:200::/48 metric 1024 table local
ip nexthop add id 3 group 6,1
ip -6 route add default nhid 5
ip -d route show table all
ip nexthop show groups
ip route
ip nexthop add id 6 group 2,4/8/5
ip -6 route add ::/1 nhid 2
ip nexthop add id 2 via 10.9.9.9 dev veth0
ip -6 route add throw default metric 10
ip -6 route del 2001:db8:a::80/121 dev nosuch metric 10
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route show table all
ip route del default nhid 4 table 100
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 -d route
ip link set veth0 down
ip route add 172.16.0.0/12 nhid 2 metric 5
ip -6 route add default nhid 1
ip route
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024 table 200 pref low
ip route get 10.1.2.3 oif veth2
ip -6 route add 2001:db8:100::/56 dev lo metric 0
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 dev nosuch metric 0 expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
