# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 98), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=91949
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add prohibit default table 100 expires 2147483647
ip -6 route prepend unreachable 2001:db8:200::1 metric 0 table 100 expires 2147483647
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:100::/48 nhid 4 table 100
ip route add default nhid 5
route -A inet6 add 2001:db8:400::/48 gw fe80::1 dev veth0
ip -6 route add 2001:db8:a::80/121 nhid 1
ip -j -6 route show table all
ip link set veth2 up
ip -6 route get 2001:db8:300::7
ip -6 route add default dev veth1 expires 2147483647
ip route get 192.0.2.9 from 192.0.2.1
ip route get 10.0.0.1 from 192.0.2.1
ip -6 -d route
ip route
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route del 2001:db8:a::80/121
ip -d route show table all
ip -6 route add blackhole 2001:db8:200::1 metric 1024
ip nexthop add id 4 via 2001:db8:a::2 dev veth0
ip link set veth0 up
netstat -rn -6
ip link set veth3 up
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
route -n
ip nexthop replace id 8 via 192.0.2.3 dev veth0
ip -6 route get 2001:db8:100::2
ip nexthop add id 1 group 1/3
ip -6 route add blackhole 2001:db8:200::1 metric 0 table 100
ip -6 -d route
ip -j -6 route show table all
ip -6 route del unreachable 2001:db8:200::1 metric 0
ip route get 10.0.0.1 oif veth2
ip nexthop add id 3 via 2001:db8:b::3 dev veth2
ip -j -6 route show table all
ip -6 route get 2001:db8:a::9
route -n
ip link set veth2 up
ip -6 route add unreachable 2001:db8:100::/48 metric 10 expires 4294967295
ip nexthop del id 5
ip link set veth0 down
ip route del 172.16.0.0/12 nhid 1 table 100
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::2 metric 1024
ip -d nexthop
route -n -A inet6
ip route add 10.1.2.0/24 nhid 5 table 100
ip -6 route add 2001:db8:200::1 nhid 8 metric 5
ip -6 route get 2001:db8:a::1
ip -6 route add ::/1 dev veth0 metric 256 expires 4294967295
ip -6 route append prohibit 2001:db8:a::80/121 metric 10 pref high
ip nexthop add id 2 group 4
ip -6 route add 2001:db8:100::/48 nhid 6 metric 5
ip route del 10.0.0.0/8
ip nexthop add id 7 group 2,1
ip nexthop add id 7 via 10.9.9.9 dev veth0
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.3 metric 3
ip link set veth3 down
ip -6 route get 2001:db8:100::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
