# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 106), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=26207
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add unreachable ::/1 metric 0 table local expires 4294967295
ip -6 route add 2001:db8:a::80/121 via fe80::1 metric 10 expires 4294967295
ip -6 route append blackhole 2001:db8:100::/56 metric 0 table 200 pref high
netstat -rn -6
route del -net 10.21.0.0/16
ip link set veth3 up
ip -6 route append default via fe80::1 metric 256 expires 2147483647
ip nexthop replace id 4 via 192.0.2.3 dev veth2
ip -6 route add blackhole 2001:db8:a::80/121 metric 10 pref low
ip -6 route del 2001:db8:300::/40
ip -6 route add 2001:db8:200::1 via fe80::1
ip -6 route add 2001:db8:a::80/121 dev veth2 metric 0 pref low
ip -6 route del unreachable 2001:db8:300::/40 table 100 pref high
ip link set veth0 down
ip route
netstat -rn -6
ip route del 10.1.0.0/16
ip -6 route add prohibit 2001:db8:200::1 metric 1024 table local
ip -6 route add 2001:db8:200::/48 dev veth2 metric 1024 expires 4294967295
ip -6 route change prohibit 2001:db8:300::/40
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip nexthop del id 3
ip route add default nhid 5
ip link set veth3 up
ip nexthop flush groups
ip -6 route add ::/1 via 2001:db8:a::2 dev nosuch metric 1024 table 200 expires 4294967295
route add -net 10.21.0.0/16 gw 198.51.100.2
ip nexthop del id 5
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 metric 10
ip -6 -d route
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::3 metric 1024 mtu 1400
ip -6 route add 2001:db8:200::1 nhid 4 table 100
ip -6 route del 2001:db8:300::/40 table local
ip -6 route add blackhole ::/1 metric 1024 table 100 expires 2147483647
ip nexthop add id 6 via 192.0.2.3 dev veth0
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
netstat -rn -6
ip route add 10.1.2.0/24 nhid 6
ip route del 10.0.0.0/8 nhid 1 table 100
ip -6 route add blackhole 2001:db8:100::/48 pref low
ip -6 route del 2001:db8:300::/40 via 2001:db8:c::2 metric 0 table 200 mtu 1400
ip -6 route add default dev nosuch metric 256 table local expires 4294967295
route add -host 10.22.0.1 gw 192.0.2.3 metric 3
ip -6 route get 2001:db8:ffff::1
ip -6 route add ::/1 dev veth2 table 200
route -n
route -n -A inet6
ip nexthop del id 1
ip -6 route add unreachable 2001:db8:200::1 metric 10 expires 2147483647
ip -6 route add unreachable 2001:db8:100::/56 metric 1024 expires 2147483647
ip nexthop del id 5
ip nexthop add id 7 group 6,2
ip route get 172.16.1.1
ip -6 route add blackhole 2001:db8:200::/48 metric 256 table 200
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add blackhole 2001:db8:200::1 table 200
ip -6 route prepend prohibit 2001:db8:a::80/121 pref low
ip -6 route del 2001:db8:a::80/121
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
