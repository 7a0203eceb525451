# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 85), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=93124
netstat -rn -6
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::2 table local
route -n
ip -6 route show table all
ip route get 172.16.1.1 from 192.0.2.1
ip -6 -d route
ip -6 route add prohibit 2001:db8:200::/48 metric 10 expires 4294967295
ip nexthop add id 7 via 2001:db8:a::3 dev veth2
ip -6 route prepend throw 2001:db8:200::/48 metric 256 table 100
ip -6 route del default via 2001:db8:b::3 table local
route del default
ip route get 8.8.8.8 from 192.0.2.1
ip nexthop del id 1
ip nexthop del id 3
ip -6 route add 2001:db8:200::/48 via fe80::1 metric 0 table 100
ip nexthop
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:a::3 metric 1024
ip route del 10.0.0.0/8 table 100
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route del 2001:db8:a::/64
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:b::2 weight 3 nexthop via 2001:db8:99::1 metric 1024 pref high
ip nexthop show groups
ip route add 10.1.2.0/24 nhid 6 table 100
ip -d route show table all
ip -6 route add ::/1 nexthop via 2001:db8:b::3 weight 1 nexthop via 2001:db8:b::3 metric 256 mtu 1400
route -A inet6 add 2001:db8:400::/48 dev veth2 metric 7
ip -6 route change ::/1 dev veth0 metric 10 table 200 expires 4294967295
ip -6 route add ::/1 via 2001:db8:b::2 dev veth0 table 200 pref low
ip route get 10.0.0.1
ip -d nexthop
ip -6 route add unreachable ::/1 metric 256 table 100 expires 4294967295
ip route del 172.16.0.0/12
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route change prohibit 2001:db8:a::80/121 metric 0 expires 2147483647
ip link set veth0 up
netstat -rn -6
ip route get 192.0.2.9
ip nexthop replace id 7 group 7
netstat -rn -6
route del -host 10.22.0.1 metric 3
ip route get 8.8.8.8 from 192.0.2.1
netstat -rn -6
ip route del default nhid 1
ip route add 172.16.0.0/12 nhid 3 metric 5
ip -d nexthop
ip nexthop add id 2 dev veth0
ip -6 route add unreachable 2001:db8:a::/64 metric 256 table local expires 4294967295
ip route get 10.1.2.4
ip -6 route del 2001:db8:200::1 metric 0
ip route del 10.1.0.0/16 table 100
ip nexthop add id 3 blackhole
ip nexthop del id 9
ip route get 8.8.8.8 oif veth2
ip nexthop
ip -6 route add 2001:db8:100::/48 nhid 2 table 100
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip nexthop del id 1
ip -6 route replace 2001:db8:200::/48 via 2001:db8:a::3 table 100
route del default
ip nexthop add id 2 via 198.51.100.2 dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
