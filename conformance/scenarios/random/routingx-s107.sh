# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 107), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=86112
ip link set veth3 down
ip route get 172.16.1.1 oif veth2
ip -6 route add throw 2001:db8:100::/48 metric 1024 pref high
ip -6 route replace unreachable 2001:db8:a::/64 expires 2147483647
ip nexthop replace id 2 dev veth2
ip nexthop add id 3 group 5/7,3
ip -6 route add default nexthop via 2001:db8:99::1 weight 3 nexthop via 2001:db8:a::3 metric 256 pref low
ip -6 route add unreachable ::/1 table 200
ip -6 route get 2001:db8:100::2
ip route add default nhid 3 table 100
ip -d nexthop
ip route get 10.1.2.3 oif veth2
ip route
ip -6 route add prohibit 2001:db8:300::/40 metric 256 table local
ip route get 10.1.2.4 from 192.0.2.1
ip route
ip -6 -d route
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route show table all
ip -6 route get 2001:db8:a::1
ip route del 10.1.2.3
ip -6 route add prohibit 2001:db8:a::80/121 metric 10 table 100 pref high
ip -6 route del ::/1 metric 1024
ip route get 192.0.2.9
ip -6 route get 2001:db8:200::1
route del default metric 3
ip nexthop add id 1 blackhole
ip nexthop
ip -6 route add ::/1 via 2001:db8:a::3 metric 0 table 100 expires 2147483647
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip nexthop add id 6 group 4/8/6
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route add 2001:db8:200::1 nhid 6 metric 5
ip -6 route get 2001:db8:a::1 oif veth2
ip -d route show table all
ip route add 172.16.0.0/12 nhid 4 table 100
ip -6 route change 2001:db8:a::/64 via 2001:db8:99::1 dev lo
ip route get 10.1.2.4 oif veth2
ip -6 route add unreachable 2001:db8:200::/48 metric 1024 table 100 pref high
route -A inet6 add 2001:db8:401::/64 dev nosuch
netstat -rn -6
ip route add 172.16.0.0/12 nhid 7 metric 5
ip route get 172.16.1.1 from 192.0.2.1
ip route add 172.16.0.0/12 nhid 6 metric 5
ip -6 route get 2001:db8:200::1 oif veth2
ip nexthop show groups
ip -6 route add throw 2001:db8:100::/56 metric 10
ip route add 10.1.2.0/24 nhid 7
ip -6 route prepend ::/1 nexthop via fe80::1 nexthop via fe80::1
ip -6 route del 2001:db8:200::/48 metric 1024
ip -6 route add throw ::/1 expires 4294967295
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 dev nosuch metric 1024 table 100
ip route
ip -6 route replace 2001:db8:100::/56 via 2001:db8:b::3
ip -6 route add prohibit 2001:db8:100::/56 metric 1024 expires 2147483647
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 dev veth1 metric 0 table 100
ip route
ip link set veth0 down
route del -net 10.21.0.0/16
ip -d route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
