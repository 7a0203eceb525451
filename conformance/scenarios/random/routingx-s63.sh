# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 63), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=10759
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop
ip route get 192.0.2.9
ip -6 route add ::/1 via 2001:db8:b::2 table local pref high
ip -6 route add 2001:db8:100::/48 nhid 5 metric 5
ip nexthop del id 1
ip route del default
ip -6 route replace 2001:db8:100::/48 via 2001:db8:b::3 table 200
ip route get 10.0.0.1 oif veth2
ip -6 route add blackhole 2001:db8:100::/48 metric 10 table 200 pref low
route -n
ip -6 route add throw 2001:db8:100::/48 metric 10 pref low
ip nexthop del id 3
ip -6 route add blackhole 2001:db8:a::/64 metric 10
ip -6 route show table all
ip nexthop del id 1
ip link set veth0 up
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route del throw 2001:db8:300::/40 metric 256 table 100 expires 2147483647
route add default
route -n
ip -6 route get 2001:db8:300::7 oif veth2
ip nexthop add id 7 via 2001:db8:b::3 dev veth2
ip route del 10.1.0.0/16
ip -6 route add 2001:db8:a::80/121 via fe80::1 metric 10 table local pref low
netstat -rn -6
ip -6 route
ip link set veth3 up
route -n -A inet6
ip route add 10.0.0.0/8 nhid 6
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::2 metric 10 table 200 pref high
ip -6 route add blackhole 2001:db8:100::/48 expires 4294967295
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:200::/48 via fe80::1 metric 10 table 200 pref low
ip -6 route del 2001:db8:a::80/121
ip nexthop replace id 8 via 198.51.100.3 dev veth2
ip -6 route
ip -6 route show table 100
ip -6 route prepend 2001:db8:200::1 via 2001:db8:a::3 table local mtu 1400
ip route add 10.1.0.0/16 nhid 5 metric 5
ip -6 route add unreachable 2001:db8:100::/48 metric 10 table local pref high
ip route del 10.1.2.0/24 nhid 1 table 100
ip -6 route add unreachable 2001:db8:a::80/121 pref high
ip nexthop del id 5
ip -6 route prepend prohibit 2001:db8:200::/48 pref high
ip -6 route add default nhid 8
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:99::1 nexthop via 2001:db8:c::2 metric 0 table local mtu 1400
ip route del 10.1.0.0/16 table 100
ip route get 10.1.2.3 from 192.0.2.1
ip nexthop del id 9
ip -6 route del 2001:db8:300::/40
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::2 dev lo metric 0 expires 2147483647
ip -6 route prepend throw 2001:db8:100::/48
ip link set veth0 up
ip nexthop flush groups
ip route del 10.0.0.0/8 table 100
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route get 2001:db8:100:ff::3
ip -6 route append unreachable 2001:db8:300::/40
ip nexthop
ip -6 route change blackhole 2001:db8:100::/56 metric 10 expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
