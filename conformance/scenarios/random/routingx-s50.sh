# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 50), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=19463
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 pref low
ip nexthop del id 1
ip link set veth2 up
ip -6 route add 2001:db8:200::1 via 2001:db8:a::3 metric 10
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route append prohibit 2001:db8:a::80/121 metric 256 pref low
ip -6 route prepend throw 2001:db8:200::1 metric 1024
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 metric 0 table 200
ip -6 route add default nhid 4 metric 5
route -A inet6 del default
ip -6 route add 2001:db8:300::/40 nhid 6 table 100
ip nexthop add id 6 group 2/7
ip nexthop flush groups
ip nexthop replace id 4 blackhole
ip nexthop replace id 4 via 198.51.100.3 dev veth0
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:300::/40 nhid 1 metric 5
ip -6 route add 2001:db8:200::1 nhid 6 metric 5
ip -6 route replace unreachable 2001:db8:200::/48 mtu 1400
ip -6 route add prohibit 2001:db8:200::/48 pref low
ip route add 10.1.2.0/24 nhid 6 metric 5
ip -6 route add blackhole ::/1 metric 1024 table 200
ip -6 route change blackhole 2001:db8:100::/56 metric 1024 table 200 mtu 1400
ip route add default nhid 5 metric 5
ip -6 route change blackhole ::/1 expires 4294967295
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip nexthop flush groups
ip nexthop show groups
ip route get 10.1.2.4
ip -6 route del unreachable 2001:db8:a::/64 metric 10 pref high
ip -6 route add 2001:db8:100::/48 dev veth0 metric 256
ip route del 172.16.0.0/12 nhid 1 table 100
ip -6 route replace 2001:db8:a::80/121 dev veth2 metric 256 table 100
ip -d nexthop
ip -6 route del 2001:db8:a::80/121 dev veth2 metric 1024 table 100 expires 4294967295
ip nexthop replace id 1 via 192.0.2.3 dev veth2
ip -6 route del 2001:db8:100::/48
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip route add 10.0.0.0/8 nhid 3
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 metric 256 table 100
ip -6 route
ip -6 route add 2001:db8:200::/48 via 2001:db8:c::2 dev veth1 metric 0 expires 4294967295
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route get 2001:db8:a::1
ip -6 route add default via 2001:db8:b::3 metric 256 table local expires 4294967295
ip -6 route add unreachable 2001:db8:a::/64 metric 0 table 100
ip -d route show table all
ip -6 route show table 100
ip -d route show table all
route add -host 10.22.0.1 gw 192.0.2.3
ip -6 route add 2001:db8:a::/64 via 2001:db8:99::1 metric 10 table local expires 4294967295
ip nexthop
ip -6 route add blackhole 2001:db8:a::80/121 metric 10
ip -6 route add ::/1 dev nosuch metric 0 table 100
ip -6 route show table 100
netstat -rn -6
route -n
ip link set veth3 up
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
