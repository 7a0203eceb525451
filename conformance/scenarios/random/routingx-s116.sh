# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 116), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=3427
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add throw default metric 1024 pref low
route add -host 10.22.0.1 reject metric 3
ip -6 route add throw 2001:db8:200::1 metric 1024 table 100
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip route del 10.1.2.3 nhid 3 table 100
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route
ip nexthop
ip nexthop del id 9
route add -net 10.21.0.0/16 gw 10.9.9.9 metric 3
ip route del default nhid 4
ip -6 route replace 2001:db8:100::/48 via 2001:db8:a::2 metric 256 table 100 mtu 1400
ip -6 route del 2001:db8:a::80/121 metric 1024 table 100
ip -j nexthop
ip -6 route append 2001:db8:300::/40 nexthop via 2001:db8:b::3 nexthop via 2001:db8:99::1 table local
ip link set veth3 up
route add -net 10.21.0.0/16 reject
ip -6 route prepend 2001:db8:300::/40 via fe80::1 dev veth0 metric 10 table 100 expires 4294967295
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024 expires 2147483647
ip -6 route show table all
ip -6 route add 2001:db8:300::/40 nhid 8
ip route get 10.1.2.3 from 192.0.2.1
ip nexthop add id 3 group 6
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
route -n -A inet6
ip nexthop del id 3
ip -6 route del 2001:db8:a::/64
ip -6 route add blackhole 2001:db8:100::/48 metric 0
ip -6 route add prohibit ::/1 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:99::1 metric 10 table 100
ip route get 10.1.2.3
ip -6 route add 2001:db8:a::/64 nhid 1 table 100
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip nexthop add id 1 group 6/3/2
ip -6 route add ::/1 via 2001:db8:b::3 expires 4294967295
ip -6 route append 2001:db8:100::/48 nexthop via 2001:db8:99::1 weight 3 nexthop via 2001:db8:c::2 metric 10 table 200 pref high
ip -6 route add blackhole default metric 256 table local expires 2147483647
ip -6 route add 2001:db8:100::/56 nhid 4 table 100
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 table local pref high
ip -6 route add unreachable ::/1 table local expires 4294967295
ip -6 route del 2001:db8:200::1 metric 1024 table local
ip nexthop show groups
ip route del 10.1.2.0/24 table 100
ip -6 route del 2001:db8:100::/56
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route add default nexthop via fe80::1 nexthop via 2001:db8:b::3 metric 256 table 200 expires 2147483647
ip -6 route add 2001:db8:300::/40 nhid 6 metric 5
ip -6 route add prohibit 2001:db8:200::1 metric 0 table 100 mtu 1400
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip route del 10.0.0.0/8 nhid 4 table 100
route -n -A inet6
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:b::3 weight 3 nexthop via 2001:db8:c::2 metric 0 table local pref low
ip route
ip route get 172.16.1.1
ip -6 route
ip route get 192.0.2.9 oif veth2
ip route del 172.16.0.0/12
ip -6 route get 2001:db8:a::1
route add -net 10.20.0.0 netmask 255.255.0.0 reject
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
