# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 91), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=42057
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route del 2001:db8:a::/64
ip -6 route get 2001:db8:300::7
ip -6 route add blackhole 2001:db8:200::1 metric 10 table 100
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 metric 1024 table 200 pref high
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 dev veth2 metric 256 table 100
ip route get 192.0.2.9 oif veth2
route add default gw 10.9.9.9 metric 3
ip -6 route del default
ip -6 route prepend prohibit 2001:db8:200::/48
ip -6 route get 2001:db8:ffff::1 oif veth2
route add -host 10.22.0.1
ip -6 route add default dev nosuch metric 10 expires 2147483647
netstat -rn -6
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:300::/40 dev lo metric 256 table 100 pref low
ip link set veth2 down
ip nexthop add id 4 dev veth1
ip -6 route del 2001:db8:200::1 metric 0
ip -6 route del 2001:db8:200::/48
route add -net 10.23.0.0/24 reject metric 3
ip link set veth0 down
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip -6 route change throw 2001:db8:a::/64 table 100 expires 4294967295
ip -6 route add ::/1 nhid 2
ip route del 10.1.2.0/24
ip -d nexthop
ip -6 route add blackhole 2001:db8:a::80/121
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route del 2001:db8:100::/56
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add unreachable default metric 10 table local mtu 1400
ip route
ip -d nexthop
ip -6 route get 2001:db8:300::7
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:c::2 weight 2 nexthop via 2001:db8:b::3 metric 0 expires 2147483647
ip -6 route add default via 2001:db8:a::2 metric 1024 table local
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route add throw 2001:db8:200::/48 metric 0 table 100 mtu 1400
ip nexthop add id 1 group 2/1
ip route get 10.1.2.4
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route get 2001:db8:200::1
ip nexthop flush groups
ip -6 route add 2001:db8:200::1 nhid 6 table 100
ip nexthop add id 8 via 10.9.9.9 dev veth0
ip nexthop show groups
ip -6 route add unreachable default pref low
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip -6 route add blackhole ::/1
ip -6 route prepend prohibit 2001:db8:200::1 metric 1024
ip route add 10.1.0.0/16 nhid 1
ip route add default nhid 4 metric 5
ip -6 route replace prohibit 2001:db8:100::/56 metric 1024
ip -6 -d route
ip route del 10.1.0.0/16 nhid 8
ip nexthop add id 1 via 10.9.9.9 dev veth2
ip -6 route get 2001:db8:300::7 oif veth2
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
