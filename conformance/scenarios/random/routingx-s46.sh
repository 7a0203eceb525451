# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 46), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=64586
ip -6 route show table all
ip nexthop add id 2 via 10.9.9.9 dev veth2
ip link set veth0 down
ip -6 route prepend ::/1 dev nosuch
ip link set veth0 up
ip -6 route del default
ip -6 route del 2001:db8:100::/56
ip -6 route add blackhole 2001:db8:100::/48 table local
ip nexthop add id 2 group 6/1/2
ip -6 route del ::/1 nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:c::2 metric 1024 pref high
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::3 pref high
ip -6 route add prohibit 2001:db8:300::/40 metric 10 mtu 1400
ip -6 route add 2001:db8:300::/40 via fe80::1 metric 256 table 100
ip link set veth3 down
ip nexthop del id 1
ip route
ip nexthop flush
ip route del 10.1.0.0/16 nhid 5
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:b::3 nexthop via 2001:db8:a::3 expires 2147483647
ip -6 route del 2001:db8:a::80/121 metric 0
ip route del 10.1.2.3 nhid 5
ip link set veth3 up
ip -6 route add 2001:db8:200::1 nhid 5 table 100
ip nexthop replace id 7 via 2001:db8:a::2 dev veth0
route -n
route del -host 10.22.0.1 metric 3
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:c::2
ip nexthop add id 8 group 1,4/5/8,3
ip route add 10.1.2.3 nhid 8
ip -6 route get 2001:db8:100::1
netstat -rn -6
ip -6 -d route
ip -6 route append 2001:db8:100::/56 via fe80::1 dev veth0 table local pref low
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route change prohibit 2001:db8:a::80/121 metric 10 expires 4294967295
ip route add 172.16.0.0/12 nhid 6
ip -6 route add prohibit 2001:db8:a::80/121 metric 10 table 200 mtu 1400
ip -6 route get 2001:db8:300::7
ip route del 10.0.0.0/8 nhid 1
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:99::1 weight 2 nexthop via 2001:db8:a::2 metric 0 table 200 expires 2147483647
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::2 metric 256
ip route get 172.16.1.1 oif veth2
ip -6 route replace blackhole 2001:db8:100::/56 metric 10 pref high
ip -6 route get 2001:db8:200::1
route add default dev lo metric 3
ip route get 10.1.2.4 oif veth2
route del -net 10.21.0.0/16 metric 3
ip nexthop add id 5 via 2001:db8:a::2 dev veth2
ip -6 route get 2001:db8:200::1
ip -d nexthop
ip link set veth3 down
ip nexthop add id 4 via 192.0.2.2 dev veth0
ip nexthop show groups
ip route add 10.1.2.3 nhid 1 metric 5
ip -6 route del 2001:db8:300::/40
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:100::/48 nhid 6 metric 5
ip -6 route add prohibit 2001:db8:100::/48 metric 256 table local pref low
route -n
ip nexthop show groups
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
