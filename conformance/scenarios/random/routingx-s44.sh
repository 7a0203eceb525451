# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 44), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=26010
ip route get 172.16.1.1 from 192.0.2.1
ip route get 172.16.1.1 from 192.0.2.1
ip -j nexthop
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:b::3 nexthop via 2001:db8:a::2 metric 256 table 200
ip route add 172.16.0.0/12 nhid 7
ip nexthop add id 2 via 192.0.2.2 dev veth0
ip -6 route add default via 2001:db8:a::3 table local pref high
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 dev veth0 metric 1024 table 100
ip link set veth0 up
route -n -A inet6
ip route get 10.0.0.1 oif veth2
ip nexthop
ip route get 10.0.0.1
ip -6 route add prohibit 2001:db8:200::1 metric 256 table 100 pref high
ip -j -6 route show table all
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 dev lo metric 1024 table 200
route add -host 10.22.0.1
ip -6 route add blackhole 2001:db8:200::/48 table local pref high
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip nexthop add id 5 group 1
route -n -A inet6
ip -6 route add 2001:db8:200::1 nhid 7
ip -6 route add unreachable 2001:db8:a::/64 metric 256
ip -6 -d route
ip -6 route append blackhole 2001:db8:a::80/121 expires 2147483647
ip -6 route add prohibit 2001:db8:200::1 metric 10 table 200 pref low
route -n -A inet6
ip -6 route del 2001:db8:300::/40
ip -6 route add blackhole 2001:db8:a::/64 table 200 pref high
ip -6 route get 2001:db8:100::1 oif veth2
ip nexthop replace id 3 group 7
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -d nexthop
ip nexthop add id 4 group 2/3
ip route get 8.8.8.8
ip -6 route del prohibit 2001:db8:a::/64 metric 1024 pref high
ip nexthop del id 9
ip -6 route add throw 2001:db8:100::/56 pref high
route add -host 10.22.0.1 dev veth1
ip route
ip -6 route get 2001:db8:100::2 oif veth2
ip nexthop add id 4 via 198.51.100.2 dev veth0
route add default
ip nexthop add id 6 group 1/7
ip route add 10.1.2.0/24 nhid 2
ip nexthop del id 3
ip -6 route add 2001:db8:200::1 via 2001:db8:b::3 metric 1024 table 200
ip -6 route add 2001:db8:200::1 nhid 3
ip -6 route show table 100
ip nexthop replace id 3 blackhole
route -n -A inet6
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip -6 route del 2001:db8:300::/40
ip -6 route add 2001:db8:300::/40 dev lo table 200 expires 4294967295
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop add id 3 group 2/5,3
netstat -rn -6
ip -6 route add default nexthop via 2001:db8:a::2 nexthop via 2001:db8:99::1 metric 256 table 200
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
