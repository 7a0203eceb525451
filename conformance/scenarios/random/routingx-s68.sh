# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 68), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=7066
ip nexthop show groups
ip -6 route show table all
route add -net 10.21.0.0/16 reject metric 3
ip nexthop
ip -6 route del 2001:db8:a::80/121
ip -6 route add 2001:db8:a::/64 via 2001:db8:c::2 pref high
ip route get 172.16.1.1 oif veth2
ip nexthop del id 9
route -n -A inet6
route del default metric 3
ip route get 10.0.0.1 from 192.0.2.1
ip route add default nhid 7 table 100
ip -6 route get 2001:db8:a::9
ip nexthop replace id 8 via 10.9.9.9 dev veth2
ip route add 10.1.2.3 nhid 2 metric 5
ip route add 172.16.0.0/12 nhid 2
ip nexthop add id 3 dev veth1
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 dev veth0 expires 2147483647
ip route get 10.1.2.4 from 192.0.2.1
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::2 metric 7
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::2 metric 10 table 200 pref low
ip nexthop add id 7 via 2001:db8:a::3 dev veth0
ip link set veth3 down
netstat -rn -6
ip -6 route get 2001:db8:300::7
ip -6 route del 2001:db8:a::80/121
ip -6 route
ip -6 route show table all
ip nexthop flush dev veth0
ip -6 route add throw 2001:db8:100::/48 metric 1024 table 200 pref high
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route show table 100
ip -6 route show table 100
ip -d route show table all
ip -6 route add blackhole 2001:db8:100::/48 metric 1024 table 200 pref high
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
route add -net 10.20.0.0 netmask 255.255.0.0 dev nosuch
ip -6 -d route
ip -6 route change 2001:db8:300::/40 via 2001:db8:a::2 dev nosuch metric 0 table 100
ip -d nexthop
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:c::2 metric 7
ip -6 route append unreachable default metric 0 table 200
ip nexthop add id 4 via 192.0.2.3 dev veth2
ip -6 route get 2001:db8:300::7 oif veth2
ip route add 10.1.0.0/16 nhid 2 table 100
ip nexthop add id 8 group 1,4
ip -6 route show table all
route add default reject
ip nexthop add id 1 via 192.0.2.2 dev veth2
ip route add 10.1.2.0/24 nhid 4 metric 5
route -A inet6 add 2001:db8:402::1 gw fe80::1 dev veth0 metric 7
ip route add 10.1.2.3 nhid 7 metric 5
ip -6 route append 2001:db8:300::/40 via fe80::1 dev nosuch table 200 pref high
route -A inet6 del default
ip nexthop add id 5 group 4/6
ip -6 route get 2001:db8:100:ff::3
ip -6 route replace unreachable 2001:db8:300::/40 metric 0 table 200
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:200::1 nhid 3 table 100
ip nexthop add id 6 via 198.51.100.3 dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
