# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 56), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=81478
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip nexthop add id 4 via 10.9.9.9 dev veth2
ip -j -6 route show table all
ip -6 route add throw 2001:db8:300::/40
ip nexthop
ip -6 route add 2001:db8:100::/56 nhid 3 table 100
ip link set veth3 up
ip nexthop add id 5 group 8,3/5
ip -6 route add throw 2001:db8:200::1 metric 256
ip -6 route del default
ip -6 route add unreachable 2001:db8:100::/48 expires 2147483647
ip nexthop add id 5 via 10.9.9.9 dev veth2
ip -6 route prepend 2001:db8:200::/48 dev nosuch metric 256 expires 4294967295
ip route
ip -6 route add 2001:db8:a::/64 dev veth0 table 100
ip -j -6 route show table all
ip nexthop add id 6 group 4/6,2
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:99::1
ip nexthop add id 1 via 2001:db8:a::2 dev veth0
ip route add 10.1.2.0/24 nhid 8 metric 5
ip route add 10.1.2.3 nhid 1 table 100
route -n
ip nexthop flush dev veth0
ip -6 route replace ::/1 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 metric 256 table local expires 2147483647
ip -6 route del 2001:db8:300::/40 dev veth0 metric 0 table 200 mtu 1400
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 metric 256
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route add 2001:db8:200::/48 dev veth1 metric 10 table 200 pref high
ip nexthop replace id 4 via 2001:db8:b::2 dev veth0
ip -6 route add unreachable 2001:db8:200::1 table 100
ip -6 route add blackhole 2001:db8:100::/56 metric 256 mtu 1400
ip -6 route add unreachable 2001:db8:100::/56 table 200 expires 4294967295
ip nexthop flush dev veth0
ip nexthop add id 3 group 7
ip -6 route add ::/1 via 2001:db8:b::3 metric 0 table 100 expires 2147483647
ip nexthop
route -n
ip -6 -d route
ip -6 -d route
route add -net 10.23.0.0/24 dev lo metric 3
ip -6 route add prohibit 2001:db8:100::/48 metric 10 table local expires 4294967295
route del default
ip route add 10.1.2.3 nhid 8 metric 5
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::2 metric 1024 expires 4294967295
ip -6 route add unreachable 2001:db8:100::/56 metric 0 table 100
ip nexthop replace id 5 via 10.9.9.9 dev veth2
route -n
ip -6 route replace 2001:db8:100::/56 via 2001:db8:b::3
ip -6 route add 2001:db8:100::/48 via fe80::1 dev lo table 100 pref low
ip -j -6 route show table all
ip -6 route add 2001:db8:200::1 via 2001:db8:b::3 dev veth1
ip -6 route add throw 2001:db8:100::/48 table 200 expires 2147483647
ip -6 route add prohibit 2001:db8:300::/40 metric 10 table 100 pref low
ip -6 route add ::/1 nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 metric 1024
ip route add 10.0.0.0/8 nhid 1 metric 5
ip -6 route add ::/1 via 2001:db8:b::2 dev lo metric 10 table local
netstat -rn -6
ip nexthop add id 1 group 2/3,2/5
ip -6 route add blackhole 2001:db8:200::/48 metric 256
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
