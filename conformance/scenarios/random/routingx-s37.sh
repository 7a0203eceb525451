# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 37), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=56326
ip route add 10.1.0.0/16 nhid 7
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route replace default via 2001:db8:b::2 metric 0 table 200 pref high
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route del 2001:db8:a::80/121 metric 0 table local
ip -6 route change throw 2001:db8:a::80/121 pref low
ip route add 10.1.2.3 nhid 4 table 100
route del -net 10.21.0.0/16
ip -6 route add throw 2001:db8:a::80/121 table 100 expires 2147483647
ip -6 route add blackhole 2001:db8:200::/48 mtu 1400
ip -6 -d route
ip -6 route add 2001:db8:200::1 nhid 7 table 100
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::9
ip link set veth0 up
ip -6 route prepend throw 2001:db8:200::1 metric 256 table 200 pref low
ip route get 8.8.8.8 from 192.0.2.1
ip nexthop
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 metric 0 pref high
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024 table local
ip -6 route del ::/1
ip -6 route prepend unreachable 2001:db8:200::1 metric 1024 table local expires 4294967295
ip -6 route del 2001:db8:a::/64
ip -6 route add unreachable 2001:db8:100::/48 pref low
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route get 2001:db8:a::1
ip nexthop flush dev veth0
ip -d nexthop
ip -6 route add default nhid 5 table 100
ip -6 route add prohibit 2001:db8:a::80/121 metric 10 table 200 expires 4294967295
ip nexthop add id 4 via 2001:db8:a::3 dev veth2
ip -6 route add ::/1 dev lo metric 10 mtu 1400
netstat -rn -6
ip -6 route add blackhole 2001:db8:200::/48 metric 1024 table local pref high
ip link set veth3 up
ip -6 route del 2001:db8:a::/64
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip nexthop add id 8 group 1/5
ip nexthop del id 9
ip route get 10.0.0.1 oif veth2
ip -6 route add throw 2001:db8:200::/48 metric 0 table local
ip nexthop add id 4 via 2001:db8:a::3 dev veth0
ip -6 route add unreachable default metric 256 pref high
ip nexthop add id 4 group 5/1/2
ip -6 route add unreachable 2001:db8:a::80/121 metric 10 table 100
ip nexthop replace id 1 group 7/3,1
ip -6 route add unreachable 2001:db8:100::/56 expires 2147483647
ip -j nexthop
ip -6 route get 2001:db8:ffff::1
ip -6 -d route
ip -6 route add prohibit 2001:db8:a::/64 metric 10 table 100 expires 2147483647
ip -6 route add blackhole 2001:db8:a::80/121 metric 256 pref low
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip nexthop
ip nexthop replace id 8 via 198.51.100.2 dev veth0
route -A inet6 add 2001:db8:400::/48 dev veth0
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 pref high
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route add prohibit 2001:db8:a::80/121
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
