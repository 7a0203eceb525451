# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 53), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=88220
ip nexthop add id 1 dev veth0
ip -6 route add unreachable 2001:db8:200::1 pref high
ip -6 route add ::/1 nhid 4 metric 5
ip route get 8.8.8.8 oif veth2
ip -6 route get 2001:db8:200::1
ip -6 route replace 2001:db8:200::1 via 2001:db8:b::3 metric 10 table local expires 4294967295
ip route del 10.1.2.0/24 table 100
ip -6 route del unreachable default table 200 expires 4294967295
ip route get 192.0.2.9 oif veth2
ip -6 route del ::/1 dev nosuch expires 2147483647
ip -6 route show table all
ip -6 route add 2001:db8:100::/48 via 2001:db8:99::1 metric 1024 table 100
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route add throw ::/1 metric 1024
ip -j nexthop
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route add ::/1 via 2001:db8:a::2 table 100
route -n
ip nexthop
ip -6 route add prohibit 2001:db8:100::/56 pref high
ip -6 route add default dev lo
ip -6 route add prohibit ::/1 metric 256 table 200
ip route add 172.16.0.0/12 nhid 8
ip -6 route add prohibit 2001:db8:100::/56 metric 1024
route -A inet6 del 2001:db8:401::/64 gw 2001:db8:b::3
ip -6 route get 2001:db8:a::9
ip nexthop
ip -6 route del ::/1 metric 0
ip nexthop add id 4 group 2/8
ip -6 route add unreachable 2001:db8:100::/48
ip -6 route get 2001:db8:ffff::1
route -n
ip -6 route add prohibit 2001:db8:300::/40 metric 256 table 100 pref high
ip -j -6 route show table all
ip -6 route add 2001:db8:100::/48 nhid 5 table 100
ip -6 route add unreachable 2001:db8:300::/40 metric 1024 mtu 1400
ip nexthop add id 6 via 2001:db8:a::2 dev veth2
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route prepend ::/1 via 2001:db8:b::2 metric 10 pref high
ip -6 route prepend blackhole 2001:db8:100::/56 metric 10 expires 4294967295
ip -6 route show table 100
ip nexthop add id 3 group 2/3
route del -host 10.22.0.1
ip nexthop add id 8 blackhole
route -A inet6 del default gw 2001:db8:a::3
ip route del 10.1.2.0/24 nhid 1
route add default gw 10.9.9.9
ip -6 route get 2001:db8:a::9
ip nexthop add id 2 dev veth1
ip nexthop add id 2 group 5
ip nexthop add id 2 via 192.0.2.3 dev veth0
ip -6 route add unreachable default pref high
route del -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip -6 route del 2001:db8:100::/48
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route get 2001:db8:100::1
ip -6 route del throw 2001:db8:300::/40 metric 256 table 100
ip -6 route show table all
ip nexthop replace id 2 via 192.0.2.2 dev veth2
ip -d route show table all
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
