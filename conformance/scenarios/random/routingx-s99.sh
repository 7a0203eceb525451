# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 99), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=71774
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route show table all
ip -6 route del ::/1
ip route get 10.0.0.1
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:b::2 nexthop via fe80::1 metric 0
ip route add 172.16.0.0/12 nhid 4 table 100
ip -6 route change blackhole 2001:db8:a::80/121 expires 2147483647
ip route get 8.8.8.8 from 192.0.2.1
ip route get 10.1.2.4
ip -6 route get 2001:db8:a::1
ip -6 -d route
ip -6 route show table all
ip -d nexthop
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip route del default table 100
ip -6 route add 2001:db8:200::1 dev veth2 metric 0 table 100 pref low
ip -6 route del 2001:db8:300::/40
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route add unreachable 2001:db8:100::/56 table 100 mtu 1400
ip nexthop add id 2 blackhole
ip -6 route get 2001:db8:300::7
ip -6 route add blackhole 2001:db8:100::/56 expires 2147483647
ip nexthop add id 2 via 10.9.9.9 dev veth2
ip -6 route add 2001:db8:300::/40 via fe80::1 metric 256 expires 4294967295
route -n
ip -6 route prepend unreachable 2001:db8:100::/48 metric 0 expires 4294967295
ip -d nexthop
ip link set veth0 up
ip -6 -d route
ip -j nexthop
ip nexthop add id 5 via 10.9.9.9 dev veth0
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:ffff::1
ip -6 route add unreachable 2001:db8:100::/56
ip nexthop del id 3
ip -6 route get 2001:db8:100:ff::3
ip -6 -d route
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route show table all
ip -j -6 route show table all
ip -j -6 route show table all
ip -6 route add ::/1 via 2001:db8:b::3 metric 256
netstat -rn -6
ip route add 10.0.0.0/8 nhid 4 table 100
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop add id 6 via 2001:db8:a::3 dev veth2
ip route del 10.0.0.0/8 nhid 7 table 100
ip -6 route get 2001:db8:300::7
ip -6 route get 2001:db8:a::9
ip link set veth3 up
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route add blackhole 2001:db8:a::/64 mtu 1400
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 dev veth2 metric 10 pref low
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route del default via fe80::1 metric 256 table 100 pref low
ip route get 172.16.1.1 from 192.0.2.1
netstat -rn -6
ip -6 route add ::/1 nhid 8 metric 5
netstat -rn -6
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
