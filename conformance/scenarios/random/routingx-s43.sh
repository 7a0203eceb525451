# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 43), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=95849
ip -6 route add unreachable 2001:db8:300::/40 metric 1024 pref high
ip -6 route show table all
ip -6 route del unreachable ::/1
ip -6 route add unreachable ::/1 metric 1024 table 100
ip -6 route change blackhole 2001:db8:a::80/121 table local expires 2147483647
netstat -rn -6
netstat -rn -6
ip -6 route get 2001:db8:300::7
ip -6 route get 2001:db8:100::2
ip -6 route add prohibit 2001:db8:200::1 metric 1024 table local
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add unreachable 2001:db8:300::/40 metric 0 mtu 1400
ip nexthop replace id 6 via 10.9.9.9 dev veth0
ip nexthop add id 1 dev veth0
ip -6 route add unreachable 2001:db8:100::/48 metric 0 expires 4294967295
ip -6 route add default dev lo metric 0 expires 4294967295
ip nexthop add id 5 group 6/4
ip -6 route get 2001:db8:a::9
ip -6 route del 2001:db8:300::/40 metric 10
ip nexthop add id 4 dev veth0
ip -6 route change 2001:db8:100::/56 dev lo metric 256 expires 4294967295
ip nexthop replace id 2 via 198.51.100.3 dev veth0
ip route add 172.16.0.0/12 nhid 6 metric 5
ip link set veth2 up
ip route
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route append prohibit 2001:db8:100::/56 expires 2147483647
ip route add 10.1.2.0/24 nhid 2 metric 5
ip route
ip nexthop
netstat -rn -6
ip -6 route add blackhole 2001:db8:100::/56 metric 0 table local
ip -6 route add prohibit 2001:db8:300::/40 metric 1024 mtu 1400
ip route del 10.1.2.3 nhid 4
route -n
ip nexthop replace id 5 dev veth1
ip nexthop replace id 2 group 5,3/4,1
ip -6 route add prohibit ::/1 metric 0
ip -6 route add unreachable 2001:db8:100::/56
ip nexthop replace id 2 via 2001:db8:a::2 dev veth2
route -A inet6 add 2001:db8:402::1 gw 2001:db8:c::2 dev veth0 metric 7
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::2 dev veth2 pref high
ip -6 -d route
ip -6 route prepend 2001:db8:a::80/121 via 2001:db8:c::2 metric 256
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route
ip route
ip -6 route
ip -6 route prepend prohibit 2001:db8:300::/40 table 200
ip route
ip route add default nhid 8 table 100
ip route add 10.1.0.0/16 nhid 7 table 100
ip link set veth2 up
ip -6 route add default nexthop via 2001:db8:b::3 nexthop via 2001:db8:b::3 metric 0 table 100 expires 4294967295
ip -6 route get 2001:db8:100::2
ip -6 route del 2001:db8:200::1
ip nexthop add id 8 via 2001:db8:b::3 dev veth0
ip -6 route add 2001:db8:300::/40 nexthop via fe80::1 weight 1 nexthop via 2001:db8:a::3 metric 1024 table local expires 4294967295
ip -d route show table all
ip nexthop add id 1 via 2001:db8:b::2 dev veth2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
