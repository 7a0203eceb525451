# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 119), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=34255
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add 2001:db8:300::/40 dev veth0 metric 0 table 200 pref low
ip -6 route add throw 2001:db8:a::/64 metric 1024 table 100 expires 2147483647
ip -6 route del 2001:db8:200::1
ip -6 route prepend 2001:db8:300::/40 via fe80::1 metric 0
route add default dev veth2 metric 3
ip route
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route get 2001:db8:100:ff::3
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip nexthop add id 3 blackhole
ip nexthop add id 6 group 4/3,4/7,2
ip -6 route add blackhole 2001:db8:200::1 metric 256 table local pref low
ip -6 route get 2001:db8:a::9 oif veth2
ip route
ip -6 route del ::/1
ip link set veth0 up
ip nexthop add id 4 via 2001:db8:b::3 dev veth2
route -n -A inet6
ip -6 route del unreachable 2001:db8:100::/48 metric 0 expires 4294967295
ip -6 route replace throw 2001:db8:300::/40 metric 256 table 100 pref high
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
route -n -A inet6
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 dev veth1 metric 256 table 100 pref high
ip -j -6 route show table all
ip -6 route change prohibit 2001:db8:200::1 metric 10 expires 2147483647
ip -6 route change ::/1 dev nosuch metric 0 table local pref low
ip route add 10.1.2.0/24 nhid 3
ip -j nexthop
ip route del 10.1.2.0/24 nhid 6 table 100
ip -6 route get 2001:db8:100::1
ip route get 10.1.2.3
ip -6 route add 2001:db8:a::/64 nhid 5 metric 5
ip -6 route add prohibit 2001:db8:200::1
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip nexthop add id 8 group 3,2/7,3
ip -j nexthop
ip -6 route add unreachable 2001:db8:200::/48 metric 1024 expires 4294967295
ip -6 route replace 2001:db8:200::1 via 2001:db8:c::2 metric 10 pref high
ip -6 route add prohibit ::/1 pref high
ip -6 route add throw 2001:db8:200::/48 metric 1024 pref high
ip nexthop replace id 6 group 8/2,2
ip -6 route
ip -6 route add blackhole 2001:db8:a::/64 table 100
ip nexthop add id 6 group 6,2/3
ip -6 route del 2001:db8:a::/64 metric 256 table local
ip -6 route add ::/1 dev nosuch metric 1024
ip -6 route add blackhole 2001:db8:a::/64 expires 4294967295
ip -6 route show table 100
ip -6 route get 2001:db8:ffff::1 oif veth2
ip route get 192.0.2.9 oif veth2
ip -6 route add blackhole ::/1 metric 10
ip nexthop add id 6 dev veth2
ip -d nexthop
ip -6 -d route
ip route
ip route del default nhid 5 table 100
ip -6 route add ::/1 nexthop via fe80::1 weight 3 nexthop via 2001:db8:a::2 metric 256
route -n -A inet6
ip -6 route get 2001:db8:300::7
ip -6 route add throw 2001:db8:300::/40 metric 1024 table 100 mtu 1400
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
