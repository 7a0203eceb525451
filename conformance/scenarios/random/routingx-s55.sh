# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 55), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=55905
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route del 2001:db8:100::/56
ip nexthop show groups
ip -6 route add blackhole 2001:db8:100::/48 table 200 mtu 1400
ip -6 route add blackhole ::/1 pref high
ip -6 route add blackhole 2001:db8:200::1 table local expires 4294967295
ip nexthop del id 1
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip route del 172.16.0.0/12 nhid 3
ip link set veth3 down
ip -d nexthop
ip route del 10.1.2.3 nhid 8 table 100
ip -6 route add 2001:db8:200::1 nexthop via fe80::1 nexthop via fe80::1 metric 0 table 100 pref low
ip nexthop add id 3 dev veth2
ip -6 route del default metric 256 table 200
ip -d route show table all
ip -6 route add 2001:db8:a::/64 dev lo pref high
ip -6 route get 2001:db8:a::1 oif veth2
route add default gw 192.0.2.2 metric 3
ip -6 route add throw 2001:db8:200::/48 metric 10 table local
ip -6 route append 2001:db8:100::/48 nexthop via 2001:db8:c::2 weight 3 nexthop via 2001:db8:b::3 mtu 1400
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2 metric 0 table local pref low
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:99::1 nexthop via 2001:db8:99::1 pref low
ip nexthop show groups
ip route add default nhid 8 metric 5
ip -6 route add 2001:db8:200::1 via 2001:db8:c::2 pref high
ip -6 route add 2001:db8:200::1 via fe80::1 metric 1024
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip route del 10.0.0.0/8 nhid 6 table 100
route -n
ip -6 route add 2001:db8:a::/64 nhid 4 table 100
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route add prohibit ::/1 metric 10
ip -6 route show table all
ip link set veth3 up
ip -6 route add throw 2001:db8:a::/64 metric 1024 table 200
ip -6 route add 2001:db8:200::1 nhid 1
ip -6 route add ::/1 nhid 7 metric 5
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route del 2001:db8:100::/56
route -n -A inet6
ip route get 10.0.0.1
ip -6 route add unreachable 2001:db8:a::80/121 metric 1024 table 200 pref high
ip -6 route add prohibit 2001:db8:100::/56 metric 0
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 dev veth0 metric 256 table 200 mtu 1400
ip -6 route add 2001:db8:100::/56 nhid 1
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route del 2001:db8:a::80/121 via 2001:db8:a::3 metric 10 table 200
ip -6 route prepend 2001:db8:200::/48 via 2001:db8:b::3 metric 0
ip -6 route add unreachable default metric 1024 expires 4294967295
ip nexthop replace id 1 group 6
ip -6 route append blackhole 2001:db8:300::/40 metric 0
ip route get 172.16.1.1 from 192.0.2.1
ip nexthop flush
ip nexthop show groups
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 metric 1024 table local expires 2147483647
ip -6 route add unreachable ::/1
route -n
netstat -rn -6
ip route get 192.0.2.9
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
