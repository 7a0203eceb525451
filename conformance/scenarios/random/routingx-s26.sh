# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 26), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=18707
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip link set veth3 down
ip -6 route get 2001:db8:a::1
ip -j -6 route show table all
route del -host 10.22.0.1 metric 3
ip -6 route get 2001:db8:a::9
route -n -A inet6
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:99::1
ip nexthop add id 5 via 10.9.9.9 dev veth2
ip nexthop del id 3
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route change throw 2001:db8:a::80/121 metric 256 table local pref low
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route show table 100
ip -6 route del 2001:db8:300::/40
route -n
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
route -A inet6 del default gw 2001:db8:b::3
ip -6 route show table all
ip -6 route get 2001:db8:200::1 oif veth2
ip nexthop replace id 3 blackhole
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route get 2001:db8:ffff::1
route del -net 10.21.0.0/16 metric 3
ip -6 route add blackhole 2001:db8:a::80/121 metric 0 table local expires 4294967295
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 dev lo metric 256
ip -6 route add throw 2001:db8:100::/56 metric 1024 table local
ip -6 route add unreachable ::/1 table 100 expires 4294967295
ip -6 route add prohibit 2001:db8:a::80/121 table 200 expires 4294967295
ip nexthop show groups
ip link set veth3 up
ip -6 route prepend 2001:db8:200::1 dev veth1 metric 256 table 200
ip -6 route del default
ip -d nexthop
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:99::1 metric 0 table 100
ip link set veth0 up
ip nexthop
ip -6 route get 2001:db8:ffff::1
ip nexthop add id 1 via 198.51.100.2 dev veth0
ip nexthop
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::3 dev nosuch metric 256 table local pref high
route -n
ip route add 172.16.0.0/12 nhid 5 metric 5
ip -j -6 route show table all
ip -6 route show table all
ip route
ip -6 route append blackhole 2001:db8:200::/48 metric 0 expires 4294967295
ip -6 route add unreachable 2001:db8:a::/64 table local
ip nexthop del id 3
ip -6 route add throw 2001:db8:200::1 metric 1024 pref low
route -n -A inet6
ip nexthop replace id 2 group 5,2
ip nexthop show groups
ip -6 route
ip nexthop flush groups
route del -host 10.22.0.1
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::2 table 200 pref low
ip -6 route get 2001:db8:a::1
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 -d route
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
