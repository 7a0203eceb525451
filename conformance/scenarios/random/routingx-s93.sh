# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 93), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=54842
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop add id 4 group 6,3/8/5
ip nexthop del id 3
ip -6 route add blackhole 2001:db8:200::/48 metric 10 table 100
ip -6 route show table all
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route del ::/1 metric 256
ip -j -6 route show table all
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.2 metric 3
ip -6 route add prohibit default table 100
ip -6 route del 2001:db8:a::/64
ip -6 route add unreachable 2001:db8:100::/56 metric 1024 table 200 expires 2147483647
ip -6 route add 2001:db8:200::/48 dev veth0 table 200 expires 2147483647
ip -6 route add ::/1 nexthop via 2001:db8:99::1 nexthop via 2001:db8:a::3 metric 10 expires 2147483647
route del -host 10.22.0.1 metric 3
ip -6 route add blackhole 2001:db8:200::/48 metric 1024 expires 4294967295
ip -j -6 route show table all
ip link set veth0 down
ip nexthop del id 1
ip route del 10.1.2.0/24 nhid 5 table 100
ip -6 route del ::/1
ip -d nexthop
ip -6 route del 2001:db8:200::/48
ip -6 route add ::/1 nhid 6
ip nexthop del id 3
ip -6 route add blackhole 2001:db8:a::80/121
ip -6 route get 2001:db8:300::7
ip nexthop add id 1 blackhole
ip route add 172.16.0.0/12 nhid 4
ip -6 route prepend throw 2001:db8:a::80/121 metric 1024
ip -6 route add ::/1 via 2001:db8:99::1 table 200 mtu 1400
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add prohibit ::/1 metric 256
ip -6 route add blackhole 2001:db8:200::1 metric 0 expires 2147483647
route add -net 10.20.0.0 netmask 255.255.0.0 gw 10.9.9.9
ip -6 route del 2001:db8:100::/48 dev veth1 metric 0 pref high
ip -6 route del blackhole 2001:db8:300::/40 metric 10 table 200 pref high
ip route get 10.0.0.1
ip -6 route del 2001:db8:200::1 table 100
ip route add 10.1.2.0/24 nhid 8 table 100
ip -6 route prepend 2001:db8:100::/48 via 2001:db8:a::3 metric 0 table local
ip nexthop add id 8 via 2001:db8:a::3 dev veth2
ip -6 route replace unreachable 2001:db8:100::/56 table 100 expires 4294967295
ip -d nexthop
ip -6 route get 2001:db8:a::1
ip nexthop add id 1 group 1/7/3
ip route get 10.1.2.3 from 192.0.2.1
ip route del 10.0.0.0/8
ip -6 route add unreachable 2001:db8:300::/40 table 100
ip -6 route get 2001:db8:100::1 oif veth2
ip route add 10.1.2.0/24 nhid 5 metric 5
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip link set veth3 down
ip -6 route prepend throw 2001:db8:a::80/121 expires 4294967295
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip link set veth2 down
ip -6 route append 2001:db8:200::1 via 2001:db8:b::2 metric 1024 table 100
ip -d route show table all
ip -6 route show table all
ip -6 route add throw default metric 1024 table local
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
