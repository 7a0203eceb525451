# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 48), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=92038
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 -d route
ip -6 route add unreachable 2001:db8:a::80/121
ip -j -6 route show table all
ip -j nexthop
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip route get 10.0.0.1 from 192.0.2.1
ip nexthop add id 8 via 192.0.2.2 dev veth0
ip -6 route add 2001:db8:200::/48 nhid 4 table 100
ip -6 route show table 100
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip link set veth0 down
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip route add 10.0.0.0/8 nhid 2 metric 5
ip -6 route del 2001:db8:100::/48 metric 0
route -A inet6 add 2001:db8:401::/64 gw 2001:db8:b::3 dev veth0 metric 7
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:c::2 pref high
ip -6 route
ip nexthop add id 5 via 192.0.2.2 dev veth0
ip route add default nhid 7 table 100
route add -net 10.20.0.0 netmask 255.255.0.0 reject
ip route del 10.0.0.0/8 nhid 8 table 100
ip -6 route add throw 2001:db8:300::/40
ip -6 route get 2001:db8:100::1
ip nexthop replace id 4 group 2
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route get 2001:db8:100::1
ip -6 route prepend blackhole ::/1 metric 1024 pref low
ip route add 10.0.0.0/8 nhid 7 table 100
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 pref low
netstat -rn -6
ip nexthop add id 8 group 1/7,1
ip -d route show table all
ip -j nexthop
ip nexthop del id 3
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:a::3 nexthop via 2001:db8:b::3
ip nexthop add id 4 dev veth1
ip -6 route add prohibit 2001:db8:a::/64 metric 0 table local pref low
ip -6 route add throw 2001:db8:100::/56 metric 0 expires 4294967295
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route add unreachable default metric 0 table local expires 2147483647
ip route get 10.1.2.3 oif veth2
ip nexthop add id 4 group 7/5
ip -6 route add throw 2001:db8:100::/48 metric 0 table 100
ip -6 route add default nexthop via 2001:db8:b::2 weight 2 nexthop via 2001:db8:a::3 metric 0
ip -6 route add blackhole default metric 10 table local expires 2147483647
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route del 2001:db8:200::1 via 2001:db8:a::3 metric 10 table 100 expires 2147483647
ip -6 route del ::/1
ip -6 route prepend 2001:db8:100::/48 via 2001:db8:a::3 dev nosuch metric 1024 table local pref low
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route add 10.1.2.0/24 nhid 3 table 100
ip route del 10.1.0.0/16 table 100
ip route del 172.16.0.0/12 nhid 4
ip route get 172.16.1.1 from 192.0.2.1
ip -6 -d route
ip -6 route add throw 2001:db8:200::/48 metric 0 expires 4294967295
ip -6 route add 2001:db8:100::/56 nhid 7
ip -6 route show table all
ip -6 route add throw 2001:db8:100::/56 metric 256 table 100 mtu 1400
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
