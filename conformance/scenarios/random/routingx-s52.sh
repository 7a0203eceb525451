# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 52), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=33698
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route add default nhid 7
ip route get 172.16.1.1
ip -6 route get 2001:db8:ffff::1
ip -6 route add blackhole 2001:db8:a::/64 metric 256 table 100 expires 4294967295
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::2 table 200 expires 4294967295
ip -6 route del 2001:db8:100::/56 metric 0
ip -6 route add prohibit 2001:db8:100::/56 metric 1024 pref high
ip -6 route add blackhole 2001:db8:200::/48 metric 10 table 200 pref high
ip -6 route add prohibit 2001:db8:200::/48 metric 10 mtu 1400
ip route add 172.16.0.0/12 nhid 1 table 100
ip route add default nhid 1
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 dev veth0 metric 256 table 200 pref low
ip -6 route add 2001:db8:100::/56 via fe80::1 expires 2147483647
ip -6 route replace blackhole 2001:db8:300::/40 metric 10 expires 2147483647
ip -d nexthop
ip -6 route get 2001:db8:200::1
ip nexthop replace id 3 via 192.0.2.2 dev veth0
ip nexthop add id 4 via 198.51.100.3 dev veth0
ip -6 route add default via 2001:db8:b::2 table local expires 4294967295
route add -net 10.20.0.0 netmask 255.255.0.0 reject
ip route add 10.0.0.0/8 nhid 8
ip route add 10.1.2.3 nhid 7 table 100
ip route del 10.1.2.3 nhid 4
ip -d nexthop
ip route add 172.16.0.0/12 nhid 4
ip nexthop show groups
ip -6 route del 2001:db8:200::1 dev veth2 metric 256 table 100 expires 4294967295
ip -6 route del 2001:db8:a::/64
ip nexthop show groups
ip nexthop add id 3 via 192.0.2.3 dev veth2
ip route add 172.16.0.0/12 nhid 6 metric 5
ip route get 10.1.2.4 from 192.0.2.1
ip route del 10.1.2.0/24 nhid 4
ip link set veth0 up
ip route del 10.0.0.0/8 nhid 6
ip -6 route add 2001:db8:a::/64 dev veth0 table local mtu 1400
ip -6 route get 2001:db8:a::9
ip nexthop del id 3
ip -6 route del 2001:db8:100::/56
ip -6 route add blackhole 2001:db8:a::/64 metric 0 table local expires 4294967295
ip -6 route get 2001:db8:a::9
ip -6 route del 2001:db8:300::/40
ip nexthop show groups
route del -host 10.22.0.1
ip -6 route show table all
ip nexthop add id 8 group 1,1/2
ip -6 route del default
ip -6 route append 2001:db8:a::80/121 dev nosuch metric 10 table 100
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::3 table local
ip route add 172.16.0.0/12 nhid 6 table 100
ip -6 route del blackhole 2001:db8:200::/48
ip -6 route show table all
ip -6 route add throw ::/1 metric 256 table 200
ip route get 172.16.1.1
ip route del 10.1.0.0/16 nhid 8
route -n
ip -6 route del 2001:db8:100::/48 table local
ip -6 route show table 100
ip -6 route add throw 2001:db8:100::/48 metric 256 expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
