# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 33), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=83871
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 3 group 4,1/2
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip link set veth0 up
ip -6 route add unreachable 2001:db8:a::/64
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:300::/40 via fe80::1 table local
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip nexthop flush groups
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:b::3 nexthop via 2001:db8:b::2 metric 0 pref low
ip route add 10.1.0.0/16 nhid 5
ip route get 172.16.1.1 oif veth2
ip -d route show table all
ip -6 route get 2001:db8:a::9 oif veth2
ip route add 10.0.0.0/8 nhid 1
ip -6 route add throw 2001:db8:200::/48 metric 1024
ip -6 route
route -n -A inet6
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
route -n
ip -6 route del 2001:db8:a::80/121
ip -6 -d route
ip -6 route add blackhole 2001:db8:200::/48 table local pref high
route -n -A inet6
ip route get 192.0.2.9 oif veth2
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip nexthop add id 7 group 7,4/5,3
route -n
ip route del default nhid 7
ip -j nexthop
ip route get 8.8.8.8
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 metric 1024 table 100 expires 4294967295
route add -host 10.22.0.1 gw 192.0.2.3 metric 3
ip route del 172.16.0.0/12
ip -6 route get 2001:db8:200::1
route add -net 10.21.0.0/16 metric 3
route -n
route -n -A inet6
ip -d nexthop
ip -6 route add unreachable 2001:db8:100::/48 expires 2147483647
ip nexthop replace id 1 group 4/1/5
ip -6 route add 2001:db8:200::/48 nhid 3 metric 5
ip -6 route add prohibit 2001:db8:200::/48 metric 256 table 100
ip -6 route add blackhole 2001:db8:a::/64 metric 256 mtu 1400
ip -6 route add default nhid 8 table 100
ip -6 route add ::/1 dev lo table 200
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:a::2 dev veth0
ip -6 route replace prohibit default metric 10 pref high
ip -6 route del 2001:db8:200::1
ip -6 route add blackhole 2001:db8:a::/64 table 100
ip -j -6 route show table all
ip route add 10.1.0.0/16 nhid 6 metric 5
ip route add 10.0.0.0/8 nhid 7
route -n
route -n
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route append prohibit 2001:db8:100::/48 metric 0 table 200 mtu 1400
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
