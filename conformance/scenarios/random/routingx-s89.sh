# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 89), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=43189
ip -6 route add prohibit 2001:db8:200::/48 table local pref low
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add prohibit default metric 10 table 200 expires 2147483647
ip -6 route change 2001:db8:a::80/121 dev veth2 metric 10 table 200 pref low
ip -6 route show table all
ip route add 10.0.0.0/8 nhid 8
route -n
ip -j -6 route show table all
ip -6 route get 2001:db8:ffff::1
ip -6 route del 2001:db8:100::/48 table 100
ip -6 route add unreachable default metric 10 table local pref high
ip nexthop add id 8 group 8
ip -d nexthop
ip route add 10.1.0.0/16 nhid 3 table 100
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip nexthop show groups
ip -6 route add 2001:db8:300::/40 dev veth1 metric 0 table 100 pref high
ip nexthop add id 6 via 192.0.2.3 dev veth2
ip -6 route show table 100
ip -6 route add prohibit 2001:db8:200::/48 pref low
netstat -rn -6
ip nexthop flush groups
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route append unreachable ::/1 table 100
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route add throw 2001:db8:a::/64 metric 10 expires 2147483647
ip -6 route add 2001:db8:300::/40 nhid 6 table 100
ip route add 172.16.0.0/12 nhid 4 metric 5
ip -6 route del 2001:db8:100::/48
route add -net 10.23.0.0/24 dev lo metric 3
ip -6 route add 2001:db8:100::/56 dev veth0 metric 256 expires 4294967295
ip -6 route show table all
ip route get 8.8.8.8 from 192.0.2.1
ip route del 10.1.2.3 nhid 2 table 100
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::3
ip nexthop add id 8 via 2001:db8:a::2 dev veth2
ip nexthop add id 2 via 2001:db8:b::2 dev veth0
ip link set veth0 up
ip -6 route add prohibit 2001:db8:100::/48 metric 10 table 100 expires 2147483647
ip -6 route show table all
ip -6 route add 2001:db8:200::1 dev nosuch metric 10 expires 2147483647
ip -6 -d route
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.3 metric 3
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 metric 256 table 100 expires 4294967295
ip -6 route get 2001:db8:200::1
ip nexthop add id 2 blackhole
ip link set veth3 up
route -A inet6 add 2001:db8:401::/64 gw 2001:db8:b::2 metric 7
ip -6 route add prohibit default pref low
ip route get 192.0.2.9 from 192.0.2.1
ip nexthop add id 4 via 10.9.9.9 dev veth0
ip route add default nhid 2
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:100::/56 nhid 4
route -A inet6 add 2001:db8:402::1 gw 2001:db8:a::2 metric 7
ip -6 route add prohibit 2001:db8:100::/56 table local mtu 1400
ip nexthop
ip nexthop add id 3 via 198.51.100.3 dev veth0
route -n -A inet6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
