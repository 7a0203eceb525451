# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 1), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=5639
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::2 metric 10 pref high
ip -6 route add 2001:db8:100::/56 nhid 2 metric 5
ip route get 8.8.8.8 from 192.0.2.1
ip route add 10.0.0.0/8 nhid 1 metric 5
ip -6 route add blackhole 2001:db8:200::/48 metric 256 table 200 pref high
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 table 200 mtu 1400
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route del 2001:db8:a::80/121
route -n -A inet6
ip route get 10.1.2.3 oif veth2
ip -d nexthop
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::3 metric 1024 expires 2147483647
ip -6 route add 2001:db8:200::1 dev veth2 metric 256
ip -6 route add throw 2001:db8:a::/64 metric 10 pref high
ip route add default nhid 6 table 100
ip -6 route add prohibit 2001:db8:200::/48 metric 0 mtu 1400
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip nexthop del id 1
ip -6 route add 2001:db8:100::/48 nexthop via fe80::1 weight 2 nexthop via fe80::1 metric 10 table 200 expires 2147483647
ip -6 route add blackhole default metric 256 table 100
ip -6 route add blackhole default pref high
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 expires 2147483647
ip nexthop add id 8 via 192.0.2.2 dev veth2
ip -6 route prepend blackhole 2001:db8:300::/40 metric 1024 table 200
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 metric 10
ip -6 route get 2001:db8:a::9
ip route get 10.0.0.1 oif veth2
route del -net 10.20.0.0 netmask 255.255.0.0
ip route del 10.0.0.0/8 table 100
ip route add 172.16.0.0/12 nhid 3 table 100
ip -6 route get 2001:db8:ffff::1
ip -6 route del ::/1
route -n -A inet6
ip -6 route add prohibit default expires 4294967295
ip -6 route add throw 2001:db8:a::/64
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 dev lo table 200 expires 4294967295
ip -6 route get 2001:db8:100::2
ip -6 route del 2001:db8:100::/48
route -n -A inet6
ip -6 route del default metric 10
ip -6 route add throw default table 100 expires 4294967295
ip -d nexthop
ip -j nexthop
netstat -rn -6
ip -6 route get 2001:db8:ffff::1
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:b::3
route -n -A inet6
ip -6 route add 2001:db8:300::/40 nhid 2 metric 5
ip -6 -d route
ip -6 route add 2001:db8:300::/40 dev veth1 pref high
ip route del default nhid 2 table 100
ip -6 route add prohibit ::/1 metric 256 table local
ip route del 10.1.2.3
ip nexthop add id 8 via 192.0.2.3 dev veth0
ip route add 172.16.0.0/12 nhid 1 metric 5
ip -d nexthop
ip nexthop add id 7 blackhole
ip nexthop del id 1
ip -6 route add 2001:db8:300::/40 nhid 5 table 100
ip -j -6 route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
