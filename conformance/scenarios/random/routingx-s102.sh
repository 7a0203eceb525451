# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 102), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=81348
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route add throw 2001:db8:200::/48 pref high
netstat -rn -6
ip route del default table 100
ip -d route show table all
ip nexthop add id 8 group 3/2,3/1,3
ip nexthop add id 3 via 10.9.9.9 dev veth2
ip -6 route get 2001:db8:a::9
ip route add 10.1.0.0/16 nhid 1 table 100
ip -6 route add 2001:db8:200::/48 dev nosuch metric 256 table 200 pref high
ip nexthop add id 1 blackhole
ip -6 route add unreachable 2001:db8:200::1 table 200
ip route add default nhid 8 table 100
route -n -A inet6
ip route del 10.1.2.3 nhid 8
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::2 table local pref low
ip -6 route get 2001:db8:100:ff::3
ip -6 route get 2001:db8:100::1
ip route add default nhid 6 table 100
ip -6 route add 2001:db8:100::/48 via fe80::1 metric 10 table local pref low
ip nexthop add id 7 group 1,4
ip -6 route add unreachable 2001:db8:a::80/121 metric 10 table local
ip nexthop add id 1 dev veth1
ip nexthop flush
ip -6 route replace throw 2001:db8:100::/56 metric 0 table 100
ip -6 route show table all
ip nexthop add id 7 via 198.51.100.2 dev veth2
ip -6 route append throw 2001:db8:300::/40 metric 10 table local expires 4294967295
ip -6 route replace throw 2001:db8:100::/56 metric 10 expires 4294967295
ip nexthop add id 1 group 6/7/3
ip route get 10.1.2.4 from 192.0.2.1
route add -net 10.20.0.0 netmask 255.255.0.0 dev nosuch metric 3
ip nexthop add id 4 dev veth1
ip -6 route replace prohibit 2001:db8:200::/48
ip nexthop
ip route del 10.1.0.0/16 table 100
route -A inet6 add default gw 2001:db8:a::2
ip route del 10.1.0.0/16 nhid 6 table 100
ip nexthop show groups
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route add 2001:db8:a::80/121 nhid 6 metric 5
ip nexthop add id 4 via 192.0.2.2 dev veth0
ip link set veth0 up
ip route add 10.0.0.0/8 nhid 2 table 100
ip -6 route get 2001:db8:100::2
ip nexthop add id 6 group 7
ip -6 route add 2001:db8:200::/48 nhid 5 metric 5
ip -6 route get 2001:db8:a::1
ip nexthop add id 5 group 7
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 dev lo table 200
ip -j nexthop
ip -6 route del 2001:db8:a::/64 table 200
ip -6 route add default via 2001:db8:c::2 metric 256 table local expires 2147483647
ip -6 route add throw 2001:db8:a::/64 metric 0 table 100
ip -6 route add blackhole 2001:db8:200::1 metric 1024 table local expires 2147483647
ip -6 route add 2001:db8:a::/64 dev veth0 table 200
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 dev nosuch expires 4294967295
ip -6 route add unreachable 2001:db8:a::/64
ip route del 10.1.2.3 nhid 2 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
