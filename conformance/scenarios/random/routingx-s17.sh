# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 17), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=63559
ip -6 route add prohibit 2001:db8:a::80/121 metric 10
ip route get 8.8.8.8
ip -6 route add default nhid 3
ip -6 route change 2001:db8:100::/56 via 2001:db8:c::2 metric 1024 table 200
ip route add 10.1.2.0/24 nhid 3
ip link set veth2 down
ip nexthop replace id 7 via 192.0.2.3 dev veth2
ip nexthop del id 1
ip -6 route add 2001:db8:200::/48 nhid 6 metric 5
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::2 metric 1024 table 200
ip -6 route del 2001:db8:300::/40
ip nexthop add id 6 group 6
ip route del 10.0.0.0/8 table 100
ip -6 route change ::/1 dev veth2 metric 256
ip route add 10.1.2.3 nhid 1 metric 5
ip nexthop add id 4 dev veth1
ip link set veth3 up
ip -6 route prepend 2001:db8:100::/56 nexthop via 2001:db8:b::3 nexthop via 2001:db8:b::3 table local mtu 1400
netstat -rn -6
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.2 metric 3
ip nexthop del id 9
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route replace 2001:db8:a::/64 via fe80::1 metric 1024 table 100 expires 2147483647
ip -6 route add unreachable 2001:db8:200::/48 metric 0 expires 4294967295
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop add id 7 blackhole
netstat -rn -6
ip -6 -d route
ip route add 10.0.0.0/8 nhid 2 table 100
ip route get 8.8.8.8
ip -6 route del 2001:db8:200::/48
ip link set veth3 up
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route add throw 2001:db8:300::/40 table local expires 4294967295
ip -6 route add unreachable ::/1 metric 1024 table 200 pref high
ip -6 route del 2001:db8:100::/56 via 2001:db8:a::2 dev lo pref high
ip route get 192.0.2.9 oif veth2
route -n -A inet6
route -n -A inet6
ip -6 route
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route add blackhole 2001:db8:100::/48 metric 10 table local expires 4294967295
ip -6 route prepend prohibit default table 200 expires 2147483647
ip route get 10.1.2.4 oif veth2
ip -6 route add ::/1 nhid 7 metric 5
ip -6 route del ::/1 table local
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip route del 10.0.0.0/8 nhid 7
ip -6 route del 2001:db8:a::80/121 table 100
ip route add 10.1.0.0/16 nhid 7 table 100
ip -6 route add throw 2001:db8:200::/48 metric 1024 table 200
route -A inet6 del 2001:db8:401::/64 gw 2001:db8:a::2
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip link set veth2 up
route -A inet6 add 2001:db8:400::/48 gw fe80::1 dev veth0
ip -6 route add throw 2001:db8:100::/48 metric 10 table 100
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route add 2001:db8:300::/40 nhid 6 metric 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
