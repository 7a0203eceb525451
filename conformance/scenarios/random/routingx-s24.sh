# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 24), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=47976
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip route get 172.16.1.1 oif veth2
ip -6 route add blackhole default metric 256 pref high
ip nexthop add id 8 group 5
ip -6 route add 2001:db8:100::/48 nhid 3
ip -6 route add throw 2001:db8:200::1 metric 256 table local mtu 1400
ip route add 10.1.2.3 nhid 5 table 100
ip -6 route del 2001:db8:100::/56 table 200
ip nexthop add id 4 group 6
ip route add default nhid 3 metric 5
ip link set veth3 up
ip -6 route add prohibit 2001:db8:100::/48 metric 256 pref low
ip -6 route add 2001:db8:100::/48 nhid 7
ip nexthop add id 2 group 8/6
ip link set veth0 up
ip -6 -d route
ip route add 10.1.2.0/24 nhid 6 table 100
ip -d route show table all
ip -6 route add 2001:db8:a::80/121 nhid 2 table 100
ip link set veth3 down
ip -6 route del blackhole ::/1 metric 0
ip -6 route add throw default metric 256 table 200
route add default reject metric 3
ip -6 route add 2001:db8:200::/48 nhid 5 metric 5
ip nexthop show groups
ip nexthop show groups
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 metric 256 table 100 pref low
route add default dev nosuch metric 3
ip route get 172.16.1.1 oif veth2
ip nexthop del id 9
ip link set veth3 down
ip route del 10.0.0.0/8 table 100
route del -host 10.22.0.1
ip -6 route add throw 2001:db8:a::80/121 table 100
ip -6 route add throw 2001:db8:100::/48 metric 1024
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip nexthop add id 2 via 192.0.2.3 dev veth2
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip nexthop add id 8 via 198.51.100.2 dev veth0
route -A inet6 del 2001:db8:401::/64
ip nexthop add id 3 group 1,2/3/6,4
ip nexthop
ip -6 route del throw 2001:db8:200::1 metric 256 pref low
ip -6 route change prohibit ::/1 metric 256 table 200 expires 4294967295
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:300::/40 nhid 1
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip nexthop add id 4 group 2/1/4,4
ip nexthop flush
ip -6 route prepend 2001:db8:a::/64 via 2001:db8:c::2
ip -6 route add prohibit ::/1 metric 10 pref high
ip -6 route del 2001:db8:a::/64
ip route add default nhid 1 metric 5
ip nexthop
ip -6 route add prohibit 2001:db8:200::1 metric 1024 pref high
ip -6 route
ip route get 192.0.2.9 oif veth2
ip -6 route add 2001:db8:a::80/121 dev veth2 table 200 expires 2147483647
ip -j -6 route show table all
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
