# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 118), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=14558
ip -6 route add 2001:db8:100::/48 nhid 5
ip -6 route add 2001:db8:100::/56 via fe80::1 metric 10 table 200 mtu 1400
ip -6 route del default dev nosuch metric 1024 pref low
ip nexthop add id 3 group 6,1/4
ip -6 route append 2001:db8:200::/48 nexthop via 2001:db8:b::2 weight 3 nexthop via 2001:db8:b::3 metric 1024 table 200 pref low
ip -6 route add 2001:db8:a::80/121 dev lo metric 1024 table 200 pref low
ip -6 route add 2001:db8:a::/64 nhid 5
ip -6 route add 2001:db8:100::/56 via fe80::1 dev veth0 table local pref low
ip route del 10.1.2.0/24 nhid 8
ip nexthop flush groups
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add blackhole default metric 0 pref low
ip -d route show table all
ip nexthop add id 2 group 7/3
ip nexthop add id 3 via 192.0.2.2 dev veth2
ip -6 route del 2001:db8:200::/48 via 2001:db8:99::1 metric 1024 expires 4294967295
ip nexthop flush groups
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2 dev nosuch pref low
ip -d nexthop
ip -6 route del 2001:db8:200::1 table 200
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route del 2001:db8:300::/40 metric 256
ip -6 route replace default nexthop via fe80::1 nexthop via 2001:db8:99::1 metric 0 table 200
ip -6 route add ::/1 via 2001:db8:99::1 metric 256 pref high
ip nexthop flush
ip -6 route del 2001:db8:200::1
ip link set veth0 down
ip -6 route add 2001:db8:100::/48 dev veth0 pref high
ip link set veth0 down
ip -6 route get 2001:db8:a::1
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:c::2 metric 7
ip -6 route add default nhid 4 table 100
ip -6 route add 2001:db8:a::80/121 via 2001:db8:c::2 metric 0 table 200
ip -d nexthop
ip -6 route add 2001:db8:200::/48 dev veth2 table 200 mtu 1400
ip link set veth0 up
ip nexthop show groups
ip route del 10.1.0.0/16 nhid 5 table 100
ip nexthop add id 7 via 2001:db8:b::2 dev veth0
route add -net 10.21.0.0/16 dev veth0
ip -6 route show table all
ip -d nexthop
ip -6 route add default via 2001:db8:b::3 metric 10 table 200
ip route get 8.8.8.8 oif veth2
ip -6 route add 2001:db8:100::/48 nhid 6 table 100
netstat -rn -6
ip nexthop add id 4 group 3/7
route add -net 10.21.0.0/16 gw 192.0.2.3 metric 3
ip -j -6 route show table all
ip -6 route add unreachable ::/1 metric 10
ip nexthop add id 5 group 2,4
ip route del 10.1.0.0/16
ip route get 192.0.2.9
ip -6 route add prohibit default metric 10 table 200 expires 4294967295
ip route del 10.1.0.0/16 nhid 3
ip nexthop add id 2 group 3,1/5,4
ip -6 route add blackhole ::/1 table 200 expires 4294967295
ip route add 10.1.2.3 nhid 6 table 100
ip -6 route del throw 2001:db8:300::/40 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
