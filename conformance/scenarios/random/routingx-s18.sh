# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 18), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=21694
ip -6 route add blackhole default metric 1024 table 100
ip nexthop add id 4 group 6,1/2
ip -6 route show table 100
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
netstat -rn -6
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 metric 10 table 200 pref low
ip -6 route change unreachable 2001:db8:200::1 metric 1024 table 200 pref high
ip -6 route get 2001:db8:300::7
ip -j nexthop
ip route add 10.1.0.0/16 nhid 8
ip link set veth2 up
ip -6 route add default via 2001:db8:a::2 metric 256 pref low
ip -6 route prepend unreachable 2001:db8:100::/48
ip route get 10.1.2.4 oif veth2
ip route get 10.0.0.1 from 192.0.2.1
ip -6 route add 2001:db8:100::/56 nhid 1
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::2
ip -6 route del 2001:db8:200::1
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 metric 1024 pref high
ip nexthop add id 5 dev veth1
ip -6 route add prohibit ::/1 metric 256 expires 2147483647
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route add default nhid 2 table 100
ip -6 route add unreachable 2001:db8:100::/48 metric 10
ip -6 route get 2001:db8:ffff::1
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:b::2 nexthop via 2001:db8:b::2 metric 10 expires 2147483647
ip nexthop
ip -6 route append unreachable 2001:db8:a::80/121 metric 0 mtu 1400
ip -6 route del default
ip route add 10.1.0.0/16 nhid 6
ip route
ip -6 route add default nhid 1 metric 5
ip -6 route del 2001:db8:200::1 nexthop via 2001:db8:a::2 nexthop via 2001:db8:b::3
ip -6 route show table 100
ip -6 route del ::/1
ip -6 route add 2001:db8:a::80/121 nhid 2 table 100
ip -d route show table all
ip -6 route del ::/1
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:a::80/121 nhid 6
ip -6 route del 2001:db8:200::/48 metric 1024
ip -6 route
ip -6 route append 2001:db8:200::1 via fe80::1 table 200 pref high
ip route del default nhid 6
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 dev nosuch table 200 pref low
ip route
ip nexthop add id 1 group 2/3,1
ip -6 route
ip nexthop add id 8 group 8,3
ip -6 route add throw 2001:db8:200::/48 table 100
ip nexthop add id 4 group 5/8/1
ip route
ip nexthop flush dev veth0
ip -6 route add blackhole 2001:db8:100::/56 metric 10 expires 2147483647
ip -j nexthop
ip -6 route get 2001:db8:300::7
ip -6 route show table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:99::1 pref high
ip -6 route add throw 2001:db8:100::/56 metric 0 expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
