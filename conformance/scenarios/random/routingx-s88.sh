# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 88), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=65647
ip -6 -d route
ip nexthop add id 4 group 3/1/6
ip nexthop add id 6 via 192.0.2.2 dev veth2
route del default
ip route add 10.0.0.0/8 nhid 1 table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 metric 0 table local mtu 1400
ip nexthop replace id 8 via 198.51.100.3 dev veth0
ip route
ip -6 route get 2001:db8:300::7 oif veth2
ip route
ip -6 route del 2001:db8:200::/48 via 2001:db8:b::3 metric 0 expires 4294967295
ip route add 10.1.2.3 nhid 6
ip -6 route add throw default metric 256 table local pref high
ip -6 route add throw 2001:db8:100::/48 metric 1024 table 100 pref high
ip -6 route get 2001:db8:200::1
ip -6 route
ip link set veth2 up
ip -6 route del 2001:db8:100::/56 via 2001:db8:c::2 metric 10 expires 4294967295
ip nexthop add id 6 group 5,4/3,1
ip -6 route del unreachable default metric 256 table 200 mtu 1400
ip route del 10.0.0.0/8
ip route
route del -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip nexthop
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip route del 10.1.0.0/16
netstat -rn -6
ip route del 10.0.0.0/8
ip nexthop add id 6 group 1/7,1/2,4
ip -6 route show table all
ip -6 route add prohibit 2001:db8:a::/64 metric 256 mtu 1400
ip -6 route
ip -6 route get 2001:db8:100:ff::3
ip -6 route add throw 2001:db8:200::/48 table 200 expires 4294967295
ip nexthop add id 3 via 198.51.100.3 dev veth2
ip -6 route append prohibit 2001:db8:200::/48 pref low
ip -6 route get 2001:db8:200::1 oif veth2
ip nexthop add id 6 via 2001:db8:a::2 dev veth0
ip -6 route
ip -6 route
ip -6 route prepend 2001:db8:300::/40 nexthop via fe80::1 nexthop via 2001:db8:b::3 pref high
ip -6 route del throw default
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip nexthop show groups
ip route get 8.8.8.8 from 192.0.2.1
route del -net 10.21.0.0/16 metric 3
ip nexthop add id 2 via 192.0.2.3 dev veth2
ip nexthop add id 2 via 192.0.2.3 dev veth2
ip -j nexthop
ip route del 10.1.2.0/24 nhid 5
ip -6 route add throw 2001:db8:200::1 metric 0 table 100 mtu 1400
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route
ip -6 route add throw 2001:db8:a::80/121 metric 1024
ip nexthop flush
ip -6 route add unreachable 2001:db8:200::1 metric 1024 mtu 1400
ip nexthop add id 2 blackhole
ip -6 route add unreachable 2001:db8:a::/64
ip route del 10.1.2.3
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
