# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 103), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=27267
ip -6 route add prohibit 2001:db8:100::/56 metric 1024 table 200 pref high
ip -6 route add 2001:db8:200::/48 nhid 1
ip -6 route add unreachable 2001:db8:a::80/121 metric 1024 pref low
ip -6 route del 2001:db8:300::/40
ip -6 route del 2001:db8:300::/40
ip -j -6 route show table all
ip -6 route append throw 2001:db8:a::/64 metric 0 expires 2147483647
ip -6 route del 2001:db8:a::80/121 metric 10 table 200
netstat -rn -6
route -A inet6 del default
ip -6 route get 2001:db8:100::2 oif veth2
ip route add 10.1.2.3 nhid 1 table 100
ip nexthop del id 9
ip -6 route get 2001:db8:100::2
ip nexthop replace id 6 blackhole
ip nexthop flush
ip route add default nhid 8 metric 5
ip -6 route add default nexthop via 2001:db8:b::2 weight 3 nexthop via 2001:db8:b::3 mtu 1400
ip nexthop del id 1
ip route del 172.16.0.0/12
ip -6 route add unreachable 2001:db8:100::/56 table 200 expires 4294967295
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip nexthop add id 2 group 5/8
ip nexthop flush
ip -6 -d route
ip nexthop add id 1 group 7
ip -6 route del throw 2001:db8:100::/48 metric 0 table local
ip -6 route del throw 2001:db8:100::/48 metric 1024
ip -6 route get 2001:db8:100::1 oif veth2
route -n -A inet6
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::3 dev veth1 metric 0 mtu 1400
ip -j -6 route show table all
ip -6 route add throw 2001:db8:a::80/121 metric 1024
ip nexthop replace id 5 group 2/1,1
ip -6 route add default nhid 1 metric 5
route del -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip route add 10.1.0.0/16 nhid 2 metric 5
route -n
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route get 2001:db8:300::7
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 dev veth0 table local expires 4294967295
ip -6 route add unreachable default metric 10 table 200 expires 4294967295
ip -j -6 route show table all
route add -net 10.21.0.0/16 gw 192.0.2.3 metric 3
ip nexthop del id 1
ip -6 route del 2001:db8:100::/48
ip nexthop
ip -6 route add default nhid 6 metric 5
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route add unreachable default metric 0 expires 4294967295
ip -6 route del 2001:db8:200::/48
ip -6 route get 2001:db8:300::7
ip -6 route add ::/1 nhid 5
ip -6 route
ip nexthop add id 8 group 7,1
ip -6 route del default dev nosuch pref high
ip nexthop del id 1
ip link set veth3 down
ip -6 route del 2001:db8:100::/48
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
