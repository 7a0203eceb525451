# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 36), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=64601
ip -6 route del unreachable 2001:db8:200::/48 metric 0 expires 4294967295
ip link set veth2 up
ip -6 route add unreachable 2001:db8:a::80/121 metric 256
ip -6 route add unreachable 2001:db8:300::/40 metric 256
ip -6 route prepend throw 2001:db8:a::/64 expires 4294967295
ip -6 route get 2001:db8:ffff::1
ip -6 route show table 100
netstat -rn -6
ip -6 route add 2001:db8:100::/56 nhid 6 metric 5
ip -6 -d route
ip -6 route add blackhole 2001:db8:300::/40 table local
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
route add -net 10.23.0.0/24
ip route get 192.0.2.9 oif veth2
ip -d route show table all
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route get 2001:db8:a::9
ip -6 route del default metric 0 table local
route -A inet6 add default dev nosuch
ip nexthop add id 8 via 192.0.2.3 dev veth2
ip nexthop add id 1 group 2,1/6
ip route add 10.1.2.3 nhid 2
ip route del 10.1.2.3 nhid 1
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route add 2001:db8:a::/64 nhid 6 table 100
ip route get 10.1.2.3 oif veth2
ip -6 route show table 100
ip -d nexthop
ip -6 route show table all
ip -6 route add unreachable 2001:db8:100::/48 table local pref high
ip nexthop show groups
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 metric 256 table local expires 2147483647
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route add 10.1.2.3 nhid 5 table 100
ip -6 route add unreachable default expires 2147483647
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:99::1 weight 1 nexthop via 2001:db8:c::2 metric 1024 table local
ip link set veth3 up
ip -6 route add 2001:db8:a::/64 nhid 5 metric 5
ip -6 route add 2001:db8:a::80/121 nhid 6
ip -6 route add blackhole 2001:db8:300::/40 pref high
ip link set veth2 up
ip -6 route add default nhid 8 table 100
ip nexthop add id 5 via 192.0.2.2 dev veth0
ip -6 route del throw 2001:db8:a::/64 expires 2147483647
ip -6 route add throw ::/1 pref high
ip nexthop add id 4 group 5/1
ip -6 route add ::/1 dev veth1 expires 4294967295
ip link set veth2 up
ip nexthop replace id 1 via 198.51.100.3 dev veth0
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route add blackhole 2001:db8:a::/64 table 100 expires 2147483647
ip nexthop add id 3 group 4/5
ip -6 route del 2001:db8:300::/40
ip -6 route add prohibit 2001:db8:300::/40 table local pref low
ip -6 route del ::/1 metric 1024 table 200
ip route get 172.16.1.1 oif veth2
ip link set veth2 up
ip -j nexthop
netstat -rn -6
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
