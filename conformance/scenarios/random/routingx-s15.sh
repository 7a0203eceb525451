# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 15), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=15810
ip -6 route show table all
ip -6 route del 2001:db8:100::/56 metric 1024 table local
ip -6 -d route
ip -6 route del 2001:db8:300::/40 metric 0
ip -6 route change throw 2001:db8:100::/48
ip -6 route add ::/1 nhid 5 table 100
ip -6 route del ::/1 metric 0 table local
ip -6 route add ::/1 dev veth1 table local expires 2147483647
ip -6 route add 2001:db8:a::/64 dev veth1 pref low
ip -j nexthop
ip route add 10.1.2.3 nhid 3 table 100
ip route get 192.0.2.9 oif veth2
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
route del -net 10.20.0.0 netmask 255.255.0.0
ip -6 -d route
ip -j nexthop
route -n -A inet6
ip route get 10.1.2.4
ip -6 -d route
ip -6 route add ::/1 via 2001:db8:b::2
ip -6 route append unreachable 2001:db8:100::/56 metric 1024 mtu 1400
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip route del default table 100
route -n -A inet6
ip nexthop show groups
ip -6 route add 2001:db8:200::/48 nhid 5 table 100
ip -6 route replace 2001:db8:a::80/121 dev veth2 metric 0 table 100 expires 4294967295
ip nexthop add id 3 group 1,2/2,1
ip -6 route add 2001:db8:100::/56 dev nosuch table local
route -n
ip nexthop show groups
ip -6 route add throw ::/1 metric 256 table local pref low
ip nexthop add id 4 via 10.9.9.9 dev veth0
ip -6 route add unreachable 2001:db8:a::/64 metric 0 table local mtu 1400
route add -net 10.21.0.0/16 reject metric 3
ip -6 route add 2001:db8:100::/56 dev veth1 table local expires 4294967295
ip -6 route
ip -6 route del unreachable default metric 256 mtu 1400
ip -6 route replace unreachable 2001:db8:100::/48 table local
ip nexthop flush
ip route del 172.16.0.0/12
ip -6 route prepend 2001:db8:300::/40 nexthop via fe80::1 weight 3 nexthop via fe80::1 metric 10 table local
ip route del 10.1.0.0/16
ip nexthop add id 4 via 192.0.2.3 dev veth0
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route add blackhole ::/1 table 100 pref high
ip -6 route get 2001:db8:200::1
route del -net 10.21.0.0/16
ip -6 route append 2001:db8:100::/48 nexthop via 2001:db8:99::1 weight 1 nexthop via 2001:db8:b::2
ip -6 route add 2001:db8:200::1 via 2001:db8:99::1 metric 0 mtu 1400
ip -6 route get 2001:db8:a::9
ip -6 route add unreachable 2001:db8:200::1 metric 10 table 200 expires 4294967295
route del -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip nexthop add id 5 group 4/8
ip -6 route add throw 2001:db8:300::/40 metric 1024
ip route add 10.1.2.0/24 nhid 7 table 100
ip nexthop flush
ip -6 route append prohibit 2001:db8:200::1 metric 0 table 200
ip -6 route del prohibit 2001:db8:300::/40 mtu 1400
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
