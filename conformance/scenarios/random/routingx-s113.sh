# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 113), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=34286
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 4 via 198.51.100.3 dev veth2
ip route add 10.0.0.0/8 nhid 4
ip -6 route add ::/1 nhid 6 table 100
ip nexthop show groups
ip -6 route add blackhole 2001:db8:200::/48 metric 256 table local mtu 1400
ip -j nexthop
netstat -rn -6
ip nexthop add id 7 group 8/3/1
ip route get 192.0.2.9
ip -6 route add 2001:db8:a::/64 via 2001:db8:c::2 dev lo metric 0 table 100
ip route add 10.0.0.0/8 nhid 5
ip -6 route add 2001:db8:200::/48 dev veth1 metric 256 table 100 expires 4294967295
ip nexthop add id 1 group 1/6,2
ip nexthop add id 6 group 4
ip nexthop del id 5
ip -6 route add prohibit ::/1 metric 256 table 100 expires 2147483647
ip -6 route append ::/1 dev veth0 metric 10 table local
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route change 2001:db8:300::/40 via fe80::1
ip nexthop add id 6 via 192.0.2.2 dev veth2
ip link set veth2 down
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route show table all
ip nexthop
netstat -rn -6
ip -6 route add prohibit 2001:db8:100::/56 table 200
ip route del 10.1.0.0/16 nhid 7
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:99::1 nexthop via fe80::1 metric 256
ip -6 -d route
route add -net 10.21.0.0/16
ip -6 route del 2001:db8:300::/40 table 200
netstat -rn -6
ip -6 route add unreachable 2001:db8:200::1 metric 1024 expires 2147483647
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route add prohibit ::/1 metric 1024 table local pref low
ip -6 -d route
ip -6 route show table all
ip route add 172.16.0.0/12 nhid 1 table 100
ip -6 route add blackhole ::/1 metric 1024 table 100 pref high
ip nexthop replace id 4 via 2001:db8:a::2 dev veth0
ip nexthop add id 3 dev veth1
ip nexthop
ip nexthop replace id 1 dev veth1
ip -j nexthop
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route add prohibit 2001:db8:a::/64 metric 1024 table 200 pref low
ip -6 route add blackhole 2001:db8:a::/64 expires 2147483647
ip -6 route add 2001:db8:200::/48 dev veth1 expires 4294967295
netstat -rn -6
ip -6 route del 2001:db8:100::/48
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 metric 0 expires 4294967295
ip nexthop add id 5 via 2001:db8:a::2 dev veth2
ip -6 route get 2001:db8:a::9
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route add prohibit 2001:db8:a::80/121 metric 256
ip nexthop del id 3
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 metric 10
ip -6 route get 2001:db8:300::7
ip -6 route del default
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
