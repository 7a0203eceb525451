# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 11), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=3787
ip -6 route add blackhole 2001:db8:a::80/121 metric 10
ip nexthop add id 7 via 10.9.9.9 dev veth0
ip link set veth3 up
ip -6 route add 2001:db8:200::/48 nhid 6 table 100
ip -6 route add ::/1 via 2001:db8:a::3 dev veth2 table local
ip -j nexthop
ip -6 route show table 100
ip nexthop del id 3
ip -j -6 route show table all
ip -6 route show table all
ip nexthop flush dev veth0
ip -6 route append throw 2001:db8:100::/48 metric 10 pref low
ip -6 route del ::/1 nexthop via 2001:db8:a::3 weight 3 nexthop via 2001:db8:c::2 metric 1024 table 100
ip -6 route add blackhole 2001:db8:a::80/121 metric 0
ip -6 route add blackhole 2001:db8:200::1 metric 10
ip -j nexthop
ip -6 route append default via 2001:db8:b::2 dev veth0 metric 256 table 200
ip -6 route append 2001:db8:200::1 via 2001:db8:b::3
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 dev veth0 metric 0
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:200::1 oif veth2
ip route get 10.0.0.1
ip route del 10.1.0.0/16 nhid 2 table 100
ip -6 route change blackhole 2001:db8:200::1 metric 256 table local
ip route del 10.0.0.0/8
ip nexthop replace id 5 via 198.51.100.2 dev veth0
ip -6 route change 2001:db8:100::/56 via fe80::1 metric 0 table 100
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -d route show table all
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 table 200 pref high
ip -6 route append 2001:db8:100::/48 via 2001:db8:99::1 metric 10 table 100 expires 4294967295
ip nexthop del id 3
ip -6 route add 2001:db8:100::/56 dev lo metric 256 table 200
ip -6 route del default table 200
ip -6 route add default nexthop via 2001:db8:99::1 nexthop via 2001:db8:a::3 table 200 expires 2147483647
ip -6 route add blackhole ::/1 metric 1024
ip -6 route append unreachable 2001:db8:200::/48 metric 1024 table 200
ip -6 route get 2001:db8:100::2
ip -6 route del 2001:db8:200::/48 metric 256
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 100
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip route del default table 100
ip -6 route append blackhole default metric 1024 table local mtu 1400
ip route get 10.1.2.3
route add -net 10.23.0.0/24
netstat -rn -6
ip -6 route del unreachable 2001:db8:a::80/121 metric 1024 table local
route add default metric 3
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip route del 10.0.0.0/8
ip -6 route add unreachable ::/1 metric 0 table 200
ip nexthop add id 7 via 192.0.2.3 dev veth0
ip -6 route add throw 2001:db8:100::/48 metric 10 table 100 pref high
ip -6 route add blackhole 2001:db8:300::/40 metric 10 expires 2147483647
ip -6 route add 2001:db8:200::1 nhid 8 metric 5
ip route del 10.1.0.0/16 nhid 3 table 100
ip -6 route show table 100
ip -6 route prepend ::/1 dev veth1 metric 1024
ip route add 10.1.0.0/16 nhid 8
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
