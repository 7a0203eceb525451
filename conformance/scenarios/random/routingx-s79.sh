# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 79), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=61123
ip route get 10.1.2.3 oif veth2
ip route get 10.1.2.4 from 192.0.2.1
route add -net 10.21.0.0/16 reject metric 3
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.2 metric 3
ip nexthop flush
ip route add 10.1.2.0/24 nhid 3 table 100
ip -6 route add prohibit 2001:db8:a::80/121 metric 0 table 200
route del -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip -6 route add 2001:db8:200::/48 nhid 7 table 100
route add -net 10.23.0.0/24 reject metric 3
ip nexthop del id 5
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route get 2001:db8:300::7
route -n
ip -6 route show table all
ip route add 172.16.0.0/12 nhid 5 table 100
ip -6 route add 2001:db8:200::1 dev lo metric 256 table 200 expires 4294967295
ip -6 route replace unreachable 2001:db8:100::/48 metric 1024
ip -6 route add blackhole 2001:db8:200::/48 metric 10 table 100 expires 2147483647
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 dev veth0 metric 256 table local
ip -6 route add prohibit 2001:db8:100::/48 metric 10
ip route del 10.0.0.0/8 nhid 4 table 100
ip route add 10.1.2.0/24 nhid 7
ip -6 route add prohibit 2001:db8:a::/64 metric 256 table 200
ip nexthop
ip -6 route add ::/1 nhid 1 table 100
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:b::2 weight 1 nexthop via fe80::1 metric 1024 table local
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip route get 8.8.8.8 from 192.0.2.1
ip -d nexthop
route add -net 10.20.0.0 netmask 255.255.0.0 gw 198.51.100.3
route add -net 10.23.0.0/24 reject
ip -6 route get 2001:db8:200::1
ip route add 10.1.0.0/16 nhid 7 table 100
ip nexthop del id 1
ip route
ip -6 -d route
ip -6 route append throw 2001:db8:a::/64 metric 0 table 100
ip -6 route add unreachable 2001:db8:200::1 metric 0 pref low
ip -6 route add 2001:db8:100::/56 dev veth0 metric 1024 table 100 pref low
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 dev nosuch metric 10
ip -6 route get 2001:db8:a::9
ip link set veth3 up
ip -6 route del throw ::/1 metric 0 table 100 pref high
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop add id 8 via 2001:db8:b::3 dev veth0
netstat -rn -6
ip -6 route add unreachable 2001:db8:a::80/121 table 200
ip -6 route del throw 2001:db8:200::1 metric 256 expires 2147483647
netstat -rn -6
ip -6 route prepend ::/1 via 2001:db8:99::1 metric 1024 table 100 expires 4294967295
ip route add 10.0.0.0/8 nhid 8 metric 5
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route del ::/1
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add ::/1 nhid 6 table 100
ip -6 route
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route add 2001:db8:a::80/121 nhid 1 metric 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
