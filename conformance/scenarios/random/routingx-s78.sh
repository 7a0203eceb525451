# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 78), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=23387
ip nexthop add id 5 via 2001:db8:b::3 dev veth0
route -A inet6 del 2001:db8:400::/48
netstat -rn -6
ip -6 route get 2001:db8:200::1
ip -6 route replace 2001:db8:a::/64 nexthop via 2001:db8:b::2 nexthop via 2001:db8:99::1 table 100 pref low
ip route add default nhid 4
ip -6 route del 2001:db8:200::1 metric 0 table local
ip -6 route
ip -6 route add blackhole 2001:db8:a::/64 metric 0 pref low
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route prepend unreachable 2001:db8:a::/64 metric 1024
ip -6 route add blackhole ::/1 table 100
ip -6 route add throw 2001:db8:300::/40 metric 0 mtu 1400
ip nexthop add id 1 blackhole
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip route add 10.1.2.0/24 nhid 7 table 100
ip route get 10.1.2.4 from 192.0.2.1
ip nexthop add id 4 dev veth0
ip -6 route append throw 2001:db8:100::/48 metric 0 expires 4294967295
ip -6 route add blackhole 2001:db8:200::/48 metric 10 mtu 1400
ip -6 route change default via 2001:db8:99::1 metric 10 table 200 pref high
ip -6 route add 2001:db8:100::/56 nhid 5 metric 5
ip route
ip nexthop add id 7 via 198.51.100.2 dev veth2
ip -6 route get 2001:db8:100::1 oif veth2
netstat -rn -6
ip route
ip link set veth2 down
ip nexthop add id 6 group 4/5/6,3
ip -6 route add 2001:db8:100::/56 nhid 1 metric 5
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip -6 route del ::/1
ip route add 10.1.2.0/24 nhid 4 table 100
ip -6 route del 2001:db8:a::/64 metric 256 table local
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add blackhole 2001:db8:200::1 metric 256 expires 2147483647
ip -6 route add blackhole 2001:db8:300::/40 table local expires 4294967295
ip -6 route add 2001:db8:100::/48 nhid 5
ip -6 route prepend 2001:db8:a::/64 via 2001:db8:99::1
ip route del 10.0.0.0/8 nhid 1 table 100
ip -6 route add 2001:db8:100::/56 dev veth1 expires 2147483647
ip route del 10.1.0.0/16
ip route get 10.0.0.1 oif veth2
ip -6 route change unreachable 2001:db8:300::/40 pref high
ip -6 route del 2001:db8:300::/40
ip nexthop add id 3 group 2
ip -6 route del 2001:db8:a::80/121
ip -6 route
ip route add 10.1.2.3 nhid 3 metric 5
route del -net 10.21.0.0/16
ip -6 route add unreachable 2001:db8:a::80/121 metric 1024
ip -6 route del 2001:db8:100::/56 table 200
ip -6 route add 2001:db8:a::80/121 dev lo table local
ip route get 172.16.1.1 oif veth2
ip -6 route del 2001:db8:200::/48
ip -d route show table all
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route show table 100
ip -6 route add throw 2001:db8:100::/48 metric 0 table local expires 4294967295
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
