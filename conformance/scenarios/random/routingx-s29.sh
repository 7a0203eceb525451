# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 29), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=38216
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route append throw 2001:db8:300::/40 table 200 expires 2147483647
route del -net 10.21.0.0/16
ip -6 route add 2001:db8:200::1 via 2001:db8:b::3 dev veth1 metric 256 mtu 1400
ip -j nexthop
ip -6 route add 2001:db8:300::/40 via fe80::1 metric 0 table 100 expires 4294967295
ip nexthop replace id 8 via 10.9.9.9 dev veth2
netstat -rn -6
ip -6 route del 2001:db8:a::/64 metric 0
route -n -A inet6
route -n
ip route add 172.16.0.0/12 nhid 1 table 100
ip -6 route add prohibit 2001:db8:300::/40 table 100 mtu 1400
ip -d nexthop
ip -6 route add ::/1 nhid 3 table 100
ip -6 route get 2001:db8:200::1
ip -6 route append prohibit 2001:db8:200::1
ip -j nexthop
ip nexthop
ip -6 route show table 100
ip -6 route add ::/1 via 2001:db8:b::3 dev veth1 metric 1024 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route add 2001:db8:200::1 nhid 3 metric 5
ip link set veth0 down
ip -6 route del 2001:db8:200::1
ip link set veth3 up
ip route add 172.16.0.0/12 nhid 1 table 100
ip route add 10.1.0.0/16 nhid 7
ip -6 -d route
ip -6 route del 2001:db8:200::/48 metric 10
ip -6 route add prohibit 2001:db8:200::/48 metric 256 table 200 pref low
ip -6 route del default metric 10
ip -6 route del throw 2001:db8:100::/56 metric 0 table local
ip -6 route append unreachable 2001:db8:a::80/121 metric 10 pref low
ip -6 route replace ::/1 dev nosuch metric 1024 table 100 pref low
ip route get 172.16.1.1 oif veth2
ip route get 10.1.2.4 from 192.0.2.1
route add -host 10.22.0.1 gw 198.51.100.3
ip -6 -d route
ip -6 route add 2001:db8:a::80/121 nhid 1
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip nexthop add id 3 via 192.0.2.3 dev veth0
route add -net 10.20.0.0 netmask 255.255.0.0 dev nosuch metric 3
ip -6 route add blackhole 2001:db8:a::/64 metric 10 pref high
route -n -A inet6
ip route add 10.1.0.0/16 nhid 6
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip nexthop flush dev veth0
ip route del 10.1.0.0/16 table 100
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route get 2001:db8:ffff::1
ip nexthop add id 8 group 3/8,3
ip -6 route del blackhole default metric 1024 mtu 1400
ip route get 10.1.2.4
ip route del 172.16.0.0/12
ip -6 route add throw 2001:db8:100::/56 metric 256 expires 2147483647
ip nexthop del id 5
ip -6 route del 2001:db8:100::/48
ip -6 route show table 100
ip link set veth3 up
ip route get 10.1.2.4 oif veth2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
