# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 94), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=89567
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip nexthop add id 8 group 1
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 metric 256 table 200 mtu 1400
ip -6 route get 2001:db8:a::1
ip -6 route show table 100
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add prohibit 2001:db8:200::/48 table local
ip -6 route add 2001:db8:a::80/121 dev nosuch
ip -6 route get 2001:db8:a::1
ip route get 192.0.2.9
route add default reject metric 3
ip nexthop add id 1 via 192.0.2.3 dev veth2
ip nexthop add id 7 group 1/6
ip -6 route add ::/1 nhid 8 table 100
ip -6 route add unreachable default metric 0 table 100 expires 4294967295
ip route add 10.0.0.0/8 nhid 2 table 100
ip -6 route get 2001:db8:300::7
ip route del 10.1.2.3 table 100
ip route get 10.1.2.4 from 192.0.2.1
ip nexthop
ip -6 route del 2001:db8:200::/48 table local
ip -6 route del 2001:db8:a::/64
ip nexthop
ip nexthop add id 8 via 198.51.100.2 dev veth2
ip -6 route get 2001:db8:100::1
ip -6 route change 2001:db8:200::/48 via 2001:db8:a::3 pref high
ip link set veth3 up
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip nexthop del id 9
route -n -A inet6
ip -6 route del 2001:db8:a::80/121 metric 256
ip -6 route add blackhole 2001:db8:100::/56 metric 0 table 100 expires 4294967295
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::3 metric 256 expires 2147483647
ip -6 route add default nhid 6 metric 5
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 dev veth0 metric 256 expires 4294967295
ip -6 route add 2001:db8:200::/48 nhid 4 metric 5
ip nexthop add id 7 group 1
ip route get 172.16.1.1 oif veth2
ip -j nexthop
ip nexthop
ip -d route show table all
ip -6 route prepend 2001:db8:100::/48 nexthop via 2001:db8:99::1 weight 2 nexthop via fe80::1 table 200 pref low
ip nexthop add id 1 via 2001:db8:a::3 dev veth2
ip nexthop
ip -6 route add unreachable 2001:db8:a::80/121 pref low
ip -6 route add throw 2001:db8:300::/40 metric 1024
ip nexthop add id 1 via 10.9.9.9 dev veth2
ip route del 10.1.2.3
ip -6 route add 2001:db8:100::/56 dev veth2
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 dev veth2 metric 0 expires 2147483647
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route prepend unreachable 2001:db8:100::/56 metric 1024 mtu 1400
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:a::3 nexthop via 2001:db8:99::1 metric 1024
route -A inet6 add 2001:db8:401::/64 gw 2001:db8:99::1 dev veth0
ip route get 10.1.2.4
ip link set veth2 up
ip -6 route add prohibit 2001:db8:300::/40 mtu 1400
ip -6 route add ::/1 nhid 6
ip -6 route add 2001:db8:a::/64 nexthop via fe80::1 nexthop via 2001:db8:99::1 metric 256 pref high
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
