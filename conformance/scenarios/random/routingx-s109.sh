# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 109), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=76817
ip nexthop flush
ip -6 route del 2001:db8:a::/64
ip nexthop add id 2 via 198.51.100.2 dev veth0
ip -6 route add unreachable 2001:db8:100::/56 metric 256 table 100
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip route del 172.16.0.0/12 nhid 5
route -A inet6 del 2001:db8:401::/64
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route del 2001:db8:100::/56 metric 256 table 200
route add -net 10.23.0.0/24 dev veth0
ip -6 route add prohibit 2001:db8:a::/64 metric 10 table local
ip route del 10.1.0.0/16
ip -6 route prepend throw default table 100 mtu 1400
ip -6 route change unreachable ::/1 metric 256 table 100 expires 2147483647
ip -d nexthop
ip route add 172.16.0.0/12 nhid 7
ip nexthop add id 5 via 198.51.100.2 dev veth2
ip nexthop del id 1
ip -6 route add throw ::/1 metric 1024 table 200
ip -6 route add 2001:db8:100::/56 dev veth1 table 100
ip -6 route get 2001:db8:200::1
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1 dev veth0 metric 10 table local expires 4294967295
ip route del 10.0.0.0/8 nhid 8
ip route
ip link set veth3 up
ip -6 route add prohibit 2001:db8:300::/40 table 100 pref low
ip -d nexthop
ip -6 route add unreachable 2001:db8:300::/40 mtu 1400
ip nexthop del id 9
ip -6 route add 2001:db8:200::/48 via fe80::1 metric 0 table local expires 2147483647
ip -6 route add ::/1 via 2001:db8:b::2 metric 256 expires 2147483647
ip -6 route add prohibit 2001:db8:a::/64 metric 256 table 200 pref low
ip -6 route add throw 2001:db8:a::80/121
ip route del 172.16.0.0/12 nhid 3 table 100
ip -6 route del default metric 0
route del default metric 3
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route
ip -6 route get 2001:db8:a::1
ip -6 route add 2001:db8:100::/48 dev nosuch table 200
route -A inet6 del default
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip -6 route add blackhole 2001:db8:100::/56 expires 2147483647
ip -6 route add throw 2001:db8:a::80/121 table 100 expires 2147483647
ip -6 route del 2001:db8:300::/40 via 2001:db8:a::2 dev veth0 metric 10 table local expires 2147483647
route add -net 10.20.0.0 netmask 255.255.0.0 reject metric 3
ip route del 10.0.0.0/8 nhid 2
ip -6 route add prohibit default metric 10 pref high
ip -6 route del ::/1 nexthop via 2001:db8:c::2 weight 1 nexthop via 2001:db8:99::1 metric 0 table 200 expires 4294967295
ip -6 route show table 100
route del -net 10.20.0.0 netmask 255.255.0.0
ip route add 10.1.2.3 nhid 7 table 100
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::2 expires 2147483647
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add blackhole ::/1
route -n -A inet6
ip -6 route del 2001:db8:100::/56
ip route add 10.1.0.0/16 nhid 5 table 100
ip -j nexthop
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
