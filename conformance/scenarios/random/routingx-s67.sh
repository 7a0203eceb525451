# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 67), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=20968
ip link set veth2 down
ip route get 192.0.2.9
ip -6 route del default
ip route del 10.0.0.0/8
ip nexthop
ip -6 route add 2001:db8:a::80/121 nhid 7 table 100
ip nexthop del id 3
ip route del default table 100
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route prepend unreachable 2001:db8:200::1 metric 10
ip route get 10.0.0.1
ip -d nexthop
ip route get 172.16.1.1 from 192.0.2.1
ip -6 -d route
ip -6 route replace 2001:db8:100::/48 via 2001:db8:99::1 metric 1024
ip -j nexthop
ip -6 route del unreachable 2001:db8:200::1 metric 1024 table 100
ip nexthop add id 5 group 8,3/2
ip -6 route add 2001:db8:a::/64 nhid 2 metric 5
ip -6 -d route
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 metric 10 mtu 1400
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 metric 1024 table 200
ip -6 route get 2001:db8:200::1
ip nexthop add id 3 group 6/1/5,2
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 table 200 pref low
ip -6 route add prohibit 2001:db8:200::1 metric 0 table 100
ip -6 route add prohibit 2001:db8:200::/48 metric 1024 expires 2147483647
ip -6 route prepend 2001:db8:200::1 via 2001:db8:c::2 dev veth2 metric 256 mtu 1400
ip nexthop
ip -6 route add 2001:db8:100::/48 nhid 3 table 100
ip -6 route del 2001:db8:a::/64
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 dev veth2 mtu 1400
ip nexthop add id 3 via 198.51.100.2 dev veth2
ip -6 route prepend throw 2001:db8:100::/48 table 100 expires 4294967295
ip route add 172.16.0.0/12 nhid 3
ip route
route add -host 10.22.0.1 reject metric 3
ip nexthop add id 6 group 4,2/3
ip -6 route add default via 2001:db8:a::2 table 100 pref low
ip -6 route append 2001:db8:300::/40 via 2001:db8:a::3 table local
ip -6 route add throw 2001:db8:200::/48 metric 10 table 100
ip link set veth3 up
ip -6 route add 2001:db8:100::/56 nhid 5 table 100
ip nexthop add id 4 group 2/7/6
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:b::3
ip -6 route add unreachable 2001:db8:100::/56 metric 1024 table 100 pref high
ip nexthop show groups
ip -6 route append unreachable 2001:db8:300::/40 pref low
netstat -rn -6
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
route add -net 10.21.0.0/16 dev lo
ip route del 10.0.0.0/8 table 100
ip -6 route add blackhole ::/1 metric 0 expires 2147483647
ip -6 route del throw 2001:db8:200::/48 metric 1024 mtu 1400
ip -d route show table all
ip nexthop
ip -d nexthop
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip nexthop flush dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
