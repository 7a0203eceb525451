# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 7), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=76810
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip route del 10.1.2.0/24 nhid 3 table 100
ip link set veth3 down
ip -6 route add ::/1 dev veth0 metric 256 table 200
ip -6 route get 2001:db8:100:ff::3
ip -6 route add 2001:db8:200::1 nhid 7
ip -6 route change 2001:db8:a::80/121 via 2001:db8:99::1 dev lo metric 10 table local expires 4294967295
ip -6 route
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::2 metric 1024 table 200 expires 2147483647
ip -6 route add blackhole 2001:db8:200::/48 metric 0 expires 4294967295
ip -6 route add unreachable 2001:db8:a::80/121 table 200 expires 4294967295
route add -net 10.20.0.0 netmask 255.255.0.0 dev veth0
ip -6 route get 2001:db8:a::1
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 mtu 1400
ip -d route show table all
ip route get 10.1.2.3 oif veth2
ip route get 10.0.0.1 oif veth2
ip -6 route get 2001:db8:100::2 oif veth2
ip nexthop add id 7 via 192.0.2.2 dev veth2
ip -6 route add 2001:db8:100::/48 via fe80::1 metric 10 mtu 1400
ip -6 route add 2001:db8:100::/56 nhid 4
ip -6 route replace unreachable 2001:db8:200::1 expires 2147483647
ip route del 10.0.0.0/8 nhid 5 table 100
ip -6 route change throw 2001:db8:100::/56 metric 256
ip route get 192.0.2.9 from 192.0.2.1
ip -j nexthop
ip route add 10.1.2.0/24 nhid 4 table 100
ip -6 route del 2001:db8:200::/48 table local
ip -6 route replace 2001:db8:200::/48 dev lo table 200
ip -6 route add 2001:db8:100::/48 nhid 5 table 100
ip -6 route add throw default metric 10 table local
ip -6 route add unreachable 2001:db8:200::1 metric 1024
ip link set veth3 up
ip route del 172.16.0.0/12 table 100
ip route del 10.1.0.0/16 nhid 1 table 100
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2
ip -6 route
ip -6 route replace prohibit 2001:db8:300::/40 metric 1024 table local expires 2147483647
ip route get 10.0.0.1 oif veth2
ip -6 route append throw 2001:db8:100::/48 expires 4294967295
ip nexthop del id 9
ip -d route show table all
route -A inet6 add 2001:db8:402::1 gw 2001:db8:a::3
ip nexthop flush
ip route get 10.1.2.4 oif veth2
ip -6 route change prohibit 2001:db8:100::/56
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 metric 0
ip -6 route show table 100
route -A inet6 add 2001:db8:401::/64 gw fe80::1 metric 7
ip -6 route append 2001:db8:a::/64 via 2001:db8:a::2 metric 1024 pref high
ip -6 route show table 100
ip -6 route del 2001:db8:a::80/121
ip -6 route add 2001:db8:100::/56 dev veth0 table 200
ip -6 route show table 100
route -n -A inet6
ip nexthop del id 5
ip -d nexthop
ip -6 route add throw ::/1 metric 10 expires 4294967295
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 dev veth0 metric 1024 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
