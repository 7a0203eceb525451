# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 34), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=7599
ip -6 route get 2001:db8:100:ff::3
ip nexthop add id 4 group 6,1/4/8,3
route -A inet6 add 2001:db8:402::1 gw 2001:db8:a::3 dev veth0 metric 7
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:b::2 nexthop via 2001:db8:a::3 mtu 1400
ip -6 -d route
ip -6 route del 2001:db8:200::/48
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route add 2001:db8:100::/56 nhid 2
ip route add 10.0.0.0/8 nhid 8
ip nexthop add id 5 group 2,1
ip nexthop add id 6 via 10.9.9.9 dev veth0
ip route del default nhid 3 table 100
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip nexthop add id 4 group 2,1
ip route add 10.0.0.0/8 nhid 5 table 100
ip -j nexthop
ip route get 10.0.0.1 oif veth2
route del -host 10.22.0.1 metric 3
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 expires 4294967295
ip -6 route add unreachable 2001:db8:200::1 metric 1024 table local
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 metric 256 table 100 mtu 1400
ip -6 route add throw 2001:db8:200::/48 metric 256 table local
ip -6 route get 2001:db8:200::1
ip -6 -d route
ip -6 route del 2001:db8:100::/56
ip route del 10.1.0.0/16 table 100
ip -6 route
ip route
ip -6 route get 2001:db8:ffff::1
ip -6 route del throw 2001:db8:200::/48 metric 256 table 100 mtu 1400
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route add throw default expires 2147483647
ip -6 route del 2001:db8:200::1 metric 256
ip link set veth0 down
ip -6 route add 2001:db8:200::/48 nhid 1 table 100
ip -6 route del 2001:db8:200::1
ip route get 8.8.8.8
ip -j -6 route show table all
ip -6 route prepend blackhole default metric 256 table 200
route del -net 10.20.0.0 netmask 255.255.0.0
ip -6 route add throw 2001:db8:100::/48 metric 0 mtu 1400
ip route add 10.0.0.0/8 nhid 7 table 100
ip -d nexthop
ip -6 route change prohibit default metric 0 table 100
route -n
ip route add 10.0.0.0/8 nhid 5 table 100
ip nexthop del id 1
ip -6 route del 2001:db8:100::/48 via 2001:db8:a::3 dev veth1 metric 10 table 100 pref low
ip -6 route add 2001:db8:100::/48 via fe80::1 metric 10
ip -6 route add unreachable 2001:db8:200::/48 metric 1024 expires 2147483647
ip -6 route del 2001:db8:100::/48 metric 10
ip -6 route show table 100
ip -6 route add prohibit 2001:db8:200::1
ip route del default nhid 5
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:a::/64 nhid 7 table 100
ip -6 route get 2001:db8:a::9
ip route get 10.1.2.4
ip -6 route replace 2001:db8:200::1 via 2001:db8:b::3 table local pref high
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
