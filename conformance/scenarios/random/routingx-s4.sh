# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 4), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=97852
ip -d route show table all
ip -6 route show table all
ip -6 route add 2001:db8:200::/48 nhid 4
ip route del default table 100
ip route del default
route add -net 10.21.0.0/16 metric 3
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:200::1 nhid 6 table 100
ip -6 route add blackhole 2001:db8:300::/40 metric 256 pref high
ip -6 route add unreachable 2001:db8:200::1 metric 256 table 100
ip -6 route change 2001:db8:100::/48 via 2001:db8:a::2 dev veth2 metric 1024
ip -6 route replace prohibit 2001:db8:100::/56 metric 10
ip link set veth3 up
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:b::3 weight 1 nexthop via 2001:db8:c::2 pref low
ip -6 route get 2001:db8:100::2
ip -6 route
ip -6 route add prohibit 2001:db8:a::/64 table 200
route -n
ip -j nexthop
ip nexthop add id 7 via 2001:db8:a::3 dev veth0
ip link set veth3 up
route add -net 10.21.0.0/16 metric 3
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route del 2001:db8:100::/56 dev veth0 mtu 1400
ip nexthop add id 1 group 1/2
ip route add 10.1.2.3 nhid 1 metric 5
ip -6 route get 2001:db8:100:ff::3
ip nexthop replace id 6 group 4/7,1
ip nexthop replace id 6 group 4,2/8
netstat -rn -6
ip nexthop add id 8 group 7,1
ip route
ip nexthop
ip link set veth3 up
ip nexthop add id 8 via 2001:db8:a::2 dev veth2
ip nexthop add id 2 via 198.51.100.3 dev veth2
ip -6 route replace 2001:db8:100::/48 dev lo metric 1024 expires 2147483647
ip -6 route add throw 2001:db8:200::1 metric 1024
ip -j nexthop
ip -6 route add 2001:db8:100::/56 dev lo metric 10 table 200
ip route del 10.1.2.3
ip route get 10.0.0.1 from 192.0.2.1
ip -j -6 route show table all
ip -6 route get 2001:db8:200::1
ip -j -6 route show table all
ip route add 10.1.2.3 nhid 3
ip -6 route get 2001:db8:200::1
ip -6 route add blackhole 2001:db8:100::/56 metric 1024
ip link set veth0 up
ip -6 route add prohibit 2001:db8:300::/40 metric 0 table 200 pref low
ip nexthop add id 3 blackhole
ip -6 route add throw 2001:db8:300::/40 expires 4294967295
ip -6 route del default
ip -6 route del 2001:db8:300::/40 metric 1024 table 100
route -n
ip -6 route get 2001:db8:a::1
ip -6 route prepend ::/1 via 2001:db8:b::3 dev veth1 metric 10
ip nexthop show groups
ip -6 route add unreachable ::/1 metric 1024 expires 4294967295
ip -6 route add unreachable default metric 256 pref high
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
