# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 22), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=34667
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add blackhole 2001:db8:a::/64 table local expires 4294967295
ip -6 route add prohibit default
ip -d route show table all
ip -6 route add 2001:db8:a::80/121 dev veth2 table local
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route replace throw 2001:db8:100::/48 metric 256 table 100 mtu 1400
ip route del 172.16.0.0/12 nhid 3
ip nexthop replace id 7 group 1/2
ip -6 route add throw 2001:db8:100::/56 table 200 mtu 1400
ip -6 route append throw 2001:db8:a::/64 table local
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1 dev nosuch metric 0 table 200 mtu 1400
ip nexthop add id 4 blackhole
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::3 metric 10 table 100 pref high
ip nexthop flush groups
ip nexthop replace id 4 dev veth2
ip -6 route show table 100
ip -6 route add unreachable 2001:db8:100::/48 metric 256 pref low
ip -6 route add 2001:db8:200::1 dev veth1 metric 10
ip -6 route get 2001:db8:300::7
ip -6 route get 2001:db8:100::1
ip -6 route add 2001:db8:100::/56 via fe80::1 metric 10 mtu 1400
ip -6 route del 2001:db8:200::1
ip -j -6 route show table all
ip -j -6 route show table all
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route get 2001:db8:ffff::1
ip -6 route add blackhole 2001:db8:200::/48 metric 256 table local pref low
ip nexthop add id 3 group 6
ip -6 route get 2001:db8:100:ff::3 oif veth2
route add -net 10.23.0.0/24 gw 192.0.2.3 metric 3
ip -6 route add ::/1 via 2001:db8:c::2 dev veth2 metric 0 table local expires 2147483647
ip -6 route prepend 2001:db8:a::80/121 dev veth2 metric 1024 table 200
ip -6 route get 2001:db8:ffff::1
ip -6 route add prohibit 2001:db8:200::/48 metric 10 table 200 expires 2147483647
ip nexthop
ip -6 route del 2001:db8:a::/64
ip route get 192.0.2.9
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 table 200
ip -6 route add 2001:db8:a::80/121 via 2001:db8:c::2 dev veth0 metric 10 table 100
ip -6 route
ip nexthop add id 5 via 192.0.2.2 dev veth0
ip -6 route add 2001:db8:100::/56 nhid 2 table 100
ip -6 route del ::/1
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route add blackhole 2001:db8:100::/56
ip -6 route add 2001:db8:a::/64 dev veth0 metric 10 table 100 expires 4294967295
ip -6 route add 2001:db8:200::1 nexthop via fe80::1 nexthop via 2001:db8:c::2 metric 1024
netstat -rn -6
ip -6 route del default
ip -6 route add 2001:db8:a::80/121 nhid 5 table 100
ip nexthop show groups
ip route del 10.1.2.0/24 table 100
ip nexthop add id 1 via 198.51.100.2 dev veth0
ip -j -6 route show table all
ip -6 route del ::/1
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::3 metric 1024 table local pref low
ip -6 route get 2001:db8:300::7
ip nexthop add id 3 via 2001:db8:b::2 dev veth0
ip route add 10.1.2.3 nhid 8 metric 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
