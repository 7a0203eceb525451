# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 21), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=24775
ip -6 route add 2001:db8:100::/56 dev nosuch metric 256 table 100 pref high
route del default metric 3
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route change default nexthop via 2001:db8:b::3 nexthop via 2001:db8:b::2 metric 1024 mtu 1400
ip -6 route add 2001:db8:200::/48 via fe80::1 pref low
ip -6 route add ::/1 via 2001:db8:a::3 dev veth2
ip -6 route get 2001:db8:a::9
ip -6 route show table all
ip -6 route add 2001:db8:100::/48 nhid 6 table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 dev nosuch
ip route add 172.16.0.0/12 nhid 7
ip -6 route get 2001:db8:300::7
ip -j -6 route show table all
ip -6 route add throw 2001:db8:300::/40 metric 256 expires 2147483647
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route add default via 2001:db8:a::3 metric 10 table local pref high
ip -6 route del 2001:db8:100::/56
ip -6 route show table all
ip link set veth3 up
ip -d route show table all
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip nexthop add id 7 via 2001:db8:a::3 dev veth0
ip nexthop add id 4 dev veth1
ip -6 route add blackhole 2001:db8:a::80/121 metric 0
ip -6 route add unreachable 2001:db8:100::/56 metric 256 pref low
ip -6 route add 2001:db8:200::1 dev nosuch table local expires 2147483647
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::3
ip -6 route
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::2 table local expires 2147483647
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip -6 route del ::/1
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 table 200
ip -6 route prepend unreachable 2001:db8:200::1 pref high
ip -j nexthop
netstat -rn -6
ip -6 route show table all
ip -6 route add unreachable ::/1 metric 256 expires 2147483647
ip route del 10.1.2.0/24 nhid 8
ip -6 route get 2001:db8:a::1
ip -6 route replace unreachable default metric 0 table 200 mtu 1400
route del -net 10.21.0.0/16
ip -6 route
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
route -A inet6 add 2001:db8:400::/48 dev nosuch metric 7
ip link set veth0 up
ip -6 route del 2001:db8:200::1
ip -6 route del 2001:db8:100::/48 nexthop via 2001:db8:c::2 weight 2 nexthop via 2001:db8:a::3 table 100 expires 4294967295
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip route get 10.0.0.1
route -n
ip -6 route add prohibit 2001:db8:a::80/121 metric 10 table local
ip -6 route add unreachable 2001:db8:a::80/121 pref high
ip -6 -d route
ip -6 route append 2001:db8:300::/40 via fe80::1 dev veth2 table local pref high
ip -6 route add 2001:db8:200::/48 dev veth2 table local expires 2147483647
ip -6 route del throw 2001:db8:200::1
ip nexthop del id 3
ip -6 route
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
