# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 86), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=69310
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route prepend prohibit 2001:db8:300::/40 table 200 mtu 1400
route -A inet6 add 2001:db8:401::/64 gw 2001:db8:b::2
ip -6 route add throw default metric 1024
ip -j -6 route show table all
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:100::1
ip -6 route add default dev nosuch metric 10 table local expires 4294967295
route -n
ip -6 route add 2001:db8:a::/64 dev veth1 metric 1024 mtu 1400
ip -d nexthop
ip -6 route add prohibit default
route del -host 10.22.0.1
ip nexthop add id 1 blackhole
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip nexthop replace id 8 via 2001:db8:a::2 dev veth0
route -n -A inet6
ip nexthop add id 2 via 192.0.2.3 dev veth2
ip nexthop
ip -d route show table all
route del -host 10.22.0.1
netstat -rn -6
ip route add 172.16.0.0/12 nhid 6
ip nexthop flush groups
route add -host 10.22.0.1 gw 10.9.9.9 metric 3
ip nexthop flush dev veth0
ip -6 route add throw 2001:db8:200::1 table 200 pref high
ip route get 10.1.2.3 from 192.0.2.1
ip nexthop
ip nexthop
ip nexthop add id 1 via 2001:db8:a::2 dev veth0
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add 2001:db8:a::/64 dev veth1 metric 0
ip nexthop add id 3 group 4/7
ip nexthop del id 1
ip -6 route add 2001:db8:200::1 nhid 8 metric 5
route -n
route add -net 10.21.0.0/16 reject metric 3
ip -6 route del 2001:db8:200::1
ip -6 route replace blackhole 2001:db8:100::/56 table 200
ip nexthop show groups
ip nexthop add id 8 group 7/4
ip -6 route get 2001:db8:300::7
ip -6 route show table all
ip route get 172.16.1.1
ip route get 10.1.2.3 oif veth2
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 metric 0 table 100 mtu 1400
ip -6 route add 2001:db8:200::1 dev lo metric 1024 table local expires 2147483647
ip route get 192.0.2.9
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 metric 10
ip -6 route append default nexthop via 2001:db8:99::1 weight 2 nexthop via 2001:db8:a::3 metric 1024 table 200 pref high
ip route add default nhid 2 metric 5
route -n -A inet6
ip nexthop del id 1
ip nexthop del id 9
ip -6 route replace prohibit 2001:db8:100::/48 metric 0 pref low
ip -6 route add 2001:db8:100::/56 nhid 6 metric 5
ip nexthop add id 2 via 198.51.100.3 dev veth2
ip nexthop flush
ip nexthop show groups
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
