# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 61), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=20254
ip -6 route add blackhole 2001:db8:200::/48 metric 10
ip nexthop add id 4 dev veth0
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add default dev nosuch pref low
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route get 2001:db8:ffff::1
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
netstat -rn -6
ip -6 route show table all
ip route del 172.16.0.0/12
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::2 metric 1024 expires 2147483647
ip route add 10.0.0.0/8 nhid 2 table 100
ip link set veth0 up
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:a::80/121 nhid 8 metric 5
ip route del 10.1.2.0/24 nhid 4
route -n -A inet6
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip nexthop add id 8 via 2001:db8:a::2 dev veth2
ip -6 route add unreachable ::/1 metric 1024 table 200 expires 2147483647
ip -6 route add ::/1 via 2001:db8:a::3 metric 1024 mtu 1400
ip -6 route add blackhole 2001:db8:200::/48 metric 10 pref high
ip -6 route add throw ::/1 metric 0 pref high
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
route del default metric 3
ip link set veth2 down
ip nexthop add id 1 via 198.51.100.2 dev veth0
route -A inet6 add 2001:db8:401::/64 dev lo metric 7
route -n -A inet6
ip link set veth3 up
ip -d nexthop
ip -6 route add throw 2001:db8:200::/48 metric 0
ip nexthop replace id 1 group 4
route add -host 10.22.0.1 gw 192.0.2.3
ip -6 route del 2001:db8:100::/48 dev veth1 metric 0
ip -6 route prepend blackhole 2001:db8:300::/40 metric 1024 expires 4294967295
ip nexthop add id 5 group 4/2/1,1
ip -6 route add 2001:db8:200::/48 via 2001:db8:99::1 dev nosuch metric 0 expires 4294967295
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add blackhole 2001:db8:300::/40 metric 10 mtu 1400
ip -6 route show table all
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route del 2001:db8:a::80/121
ip nexthop replace id 1 group 4/7
ip -6 route add unreachable 2001:db8:300::/40 metric 1024 mtu 1400
ip -6 route add 2001:db8:200::1 nhid 4 metric 5
ip route
ip -6 route add 2001:db8:300::/40 nhid 4
ip link set veth2 up
ip route get 8.8.8.8 from 192.0.2.1
ip route del default table 100
ip -6 route show table all
ip nexthop add id 4 via 198.51.100.3 dev veth0
ip -d nexthop
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route add 2001:db8:100::/56 dev nosuch metric 10 table 200 expires 4294967295
ip -6 route change prohibit 2001:db8:200::/48 metric 10 mtu 1400
ip route
ip route add 172.16.0.0/12 nhid 6 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
