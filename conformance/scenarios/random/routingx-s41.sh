# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 41), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=94938
ip -6 route get 2001:db8:a::1 oif veth2
route -n -A inet6
route add -net 10.23.0.0/24 gw 192.0.2.3
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add unreachable 2001:db8:100::/48 metric 256 table 200 mtu 1400
route -n
route add -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip -6 route get 2001:db8:100::2
ip -j -6 route show table all
ip route get 8.8.8.8
ip nexthop add id 1 via 2001:db8:a::2 dev veth0
ip -6 -d route
ip -6 route del default nexthop via fe80::1 nexthop via 2001:db8:b::2 metric 256 expires 4294967295
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:a::3 weight 2 nexthop via 2001:db8:a::3 metric 10 mtu 1400
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 table local
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 metric 10 table 100
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 table local
ip nexthop replace id 7 dev veth2
ip -6 route add prohibit 2001:db8:a::/64 table 200
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:b::2 weight 2 nexthop via 2001:db8:c::2 table 100
ip route del 172.16.0.0/12 table 100
route del default
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::3 table local expires 4294967295
ip -6 route add prohibit ::/1 metric 1024
ip -d route show table all
ip -6 route del default nexthop via fe80::1 weight 3 nexthop via 2001:db8:a::2 metric 10 table local
ip -6 route replace 2001:db8:200::1 dev nosuch expires 4294967295
ip link set veth2 down
ip -6 route add 2001:db8:200::/48 nhid 1 metric 5
ip nexthop show groups
ip -6 route get 2001:db8:100:ff::3
ip -6 route get 2001:db8:a::9
ip -6 route show table 100
ip -6 route add 2001:db8:200::/48 dev veth2 table 100 pref low
ip nexthop flush
route -A inet6 add 2001:db8:400::/48 dev veth0
ip -6 route add 2001:db8:a::/64 dev nosuch table 200 expires 2147483647
ip route get 172.16.1.1
ip nexthop add id 3 via 2001:db8:b::3 dev veth0
ip -6 route add default dev veth1 table local
ip -6 route get 2001:db8:ffff::1 oif veth2
ip nexthop replace id 4 via 192.0.2.2 dev veth0
ip nexthop
ip nexthop add id 4 via 198.51.100.2 dev veth0
ip -d route show table all
ip -6 route del unreachable 2001:db8:a::80/121 metric 0 table local
ip -6 route add prohibit 2001:db8:a::80/121 table 100
ip route get 192.0.2.9 oif veth2
ip -6 route del 2001:db8:300::/40 dev veth0 metric 0 table 100 pref high
ip nexthop add id 5 dev veth1
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip link set veth3 up
ip -6 route add prohibit 2001:db8:200::/48
netstat -rn -6
ip -6 route add throw 2001:db8:300::/40 metric 10 expires 2147483647
ip -6 route add 2001:db8:200::/48 nhid 2 table 100
ip nexthop
ip -6 route add default via 2001:db8:a::2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
