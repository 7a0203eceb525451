# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 62), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=29417
ip nexthop del id 1
ip nexthop add id 4 via 10.9.9.9 dev veth2
ip -6 route
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:c::2 weight 1 nexthop via 2001:db8:a::2 expires 2147483647
ip -6 route add throw 2001:db8:a::/64
ip nexthop flush
ip nexthop replace id 2 dev veth0
ip route del default nhid 6 table 100
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip route del 10.0.0.0/8 table 100
ip -6 route add throw 2001:db8:300::/40 metric 256
ip nexthop show groups
ip -6 route add default via 2001:db8:b::3 table 200 mtu 1400
route -A inet6 add 2001:db8:402::1 gw 2001:db8:99::1 dev veth0 metric 7
ip route del 172.16.0.0/12
ip nexthop add id 4 via 192.0.2.2 dev veth2
netstat -rn -6
ip -6 route del 2001:db8:300::/40
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route del 2001:db8:100::/48 via 2001:db8:c::2 metric 1024
ip -6 route get 2001:db8:a::9 oif veth2
ip link set veth0 down
ip nexthop
ip -6 route add 2001:db8:a::/64 via 2001:db8:c::2 table local
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:a::2 weight 1 nexthop via 2001:db8:99::1 table 200 expires 4294967295
ip -6 route add prohibit 2001:db8:100::/56
ip -6 route get 2001:db8:a::1
ip nexthop del id 9
ip route add default nhid 4
ip -6 -d route
ip nexthop add id 8 group 5/2
ip -6 route add throw 2001:db8:a::/64 table 100
ip -6 route replace throw 2001:db8:100::/56 metric 10 expires 2147483647
ip -6 route add blackhole default metric 0 expires 2147483647
ip -6 route add ::/1 via 2001:db8:b::2 dev veth2 metric 0 table local expires 4294967295
ip route
route add default dev veth2 metric 3
ip -6 route change throw 2001:db8:a::/64 pref low
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
route del default
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::2 dev veth2 metric 1024 mtu 1400
ip nexthop
ip -6 route del throw 2001:db8:200::1 metric 1024
ip nexthop replace id 4 via 2001:db8:b::2 dev veth0
ip route get 8.8.8.8
ip nexthop del id 1
ip nexthop add id 4 via 2001:db8:b::2 dev veth0
ip -6 route del default table 100
ip nexthop replace id 7 dev veth0
route -n
ip -6 route get 2001:db8:ffff::1
ip route del 10.0.0.0/8 nhid 2
route -n
route del default
ip route get 192.0.2.9
ip nexthop
ip -6 route add prohibit 2001:db8:a::/64 metric 10 pref high
ip route add 10.1.2.0/24 nhid 7 metric 5
netstat -rn -6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
