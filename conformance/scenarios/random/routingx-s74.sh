# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 74), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=34869
ip -6 route del 2001:db8:100::/48
ip -6 route show table all
ip route get 8.8.8.8
ip -6 route del default metric 1024 table local
ip link set veth0 up
ip nexthop del id 3
ip -6 route del 2001:db8:a::80/121
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route add 2001:db8:300::/40 dev veth2 metric 1024 expires 2147483647
ip nexthop add id 1 via 198.51.100.2 dev veth0
ip route get 192.0.2.9 oif veth2
route -n -A inet6
ip -6 route add unreachable 2001:db8:100::/48 table local
ip -6 route add blackhole 2001:db8:200::1 metric 1024
ip nexthop del id 1
ip route del 10.1.2.3 table 100
ip nexthop add id 2 group 5
ip -6 route add throw 2001:db8:100::/48 table 200
ip -6 route del throw 2001:db8:a::/64 mtu 1400
ip -6 route add 2001:db8:100::/48 dev veth0 metric 10 table local
ip nexthop add id 6 via 192.0.2.2 dev veth2
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:a::/64 nhid 2 metric 5
ip -j -6 route show table all
ip route del default
ip nexthop add id 7 group 7,4/4
ip route add 10.1.0.0/16 nhid 8 metric 5
ip -6 route append blackhole default table 200
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip route add 10.0.0.0/8 nhid 5 table 100
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::3 table 100 expires 2147483647
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 dev nosuch table 200
ip nexthop
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip route add 10.1.2.0/24 nhid 7
ip -6 route add 2001:db8:300::/40 nexthop via fe80::1 nexthop via 2001:db8:c::2 metric 10 table 200
ip -6 route del 2001:db8:100::/48
ip -6 route add 2001:db8:100::/56 nhid 7 metric 5
ip nexthop
ip -6 route add 2001:db8:200::1 dev veth0 expires 2147483647
ip -6 route add 2001:db8:a::/64 nhid 5 table 100
ip -6 route add 2001:db8:a::80/121 nhid 6 table 100
ip -6 route show table 100
ip -6 route add blackhole 2001:db8:a::80/121 metric 0 table 200 mtu 1400
ip -6 route
ip route
ip -6 route change blackhole 2001:db8:100::/48 metric 256 mtu 1400
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
route -n
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route get 2001:db8:100:ff::3 oif veth2
netstat -rn -6
ip nexthop replace id 2 group 6/2,1
ip nexthop add id 8 group 5,4/2/7
ip -j -6 route show table all
ip -6 route prepend prohibit 2001:db8:200::1 metric 10 expires 4294967295
ip route get 10.0.0.1 from 192.0.2.1
route -n
ip nexthop
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
