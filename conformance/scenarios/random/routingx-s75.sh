# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 75), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=63027
ip -6 route
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip nexthop replace id 3 group 2/1,3
ip -6 route add throw 2001:db8:200::/48 metric 10 expires 4294967295
ip -6 route add prohibit 2001:db8:100::/48 metric 1024 expires 4294967295
ip -6 route change blackhole 2001:db8:200::1 metric 1024 table local pref high
ip -6 route replace prohibit 2001:db8:200::1 metric 10 table 100 pref low
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 dev veth0 metric 0 table 100 expires 4294967295
ip -6 route get 2001:db8:300::7 oif veth2
ip nexthop add id 2 group 8,1/1,2/2
ip nexthop add id 4 blackhole
ip nexthop del id 1
ip nexthop
ip -6 route show table 100
ip -6 route add throw 2001:db8:100::/48 metric 10
ip nexthop flush groups
ip -6 route add throw ::/1 table 100
ip nexthop del id 3
ip -6 route replace 2001:db8:a::80/121 via 2001:db8:b::3 metric 0 pref low
ip route get 10.0.0.1
netstat -rn -6
ip nexthop show groups
ip link set veth3 up
ip -6 route add 2001:db8:100::/56 dev veth1 metric 0 table 100 mtu 1400
ip -6 route del 2001:db8:300::/40 metric 10
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 metric 256
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route prepend prohibit 2001:db8:200::/48 table 100
ip -6 route get 2001:db8:100:ff::3
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add unreachable 2001:db8:100::/56 expires 4294967295
ip -6 route del 2001:db8:a::80/121 metric 10
route -A inet6 del default
ip route get 172.16.1.1 oif veth2
ip -6 route del 2001:db8:200::1
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 metric 256 mtu 1400
ip -6 route get 2001:db8:ffff::1
ip -6 route add 2001:db8:100::/48 via 2001:db8:b::2 metric 1024
ip route
route -n -A inet6
ip link set veth0 up
ip route add 10.1.2.3 nhid 6 table 100
ip -6 route add 2001:db8:300::/40 nexthop via fe80::1 nexthop via 2001:db8:a::3 metric 1024
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1234 dport 80
ip route add default nhid 2 table 100
ip route get 172.16.1.1
route del default
ip -j nexthop
ip -6 route get 2001:db8:a::1
ip -6 route add 2001:db8:200::/48 via fe80::1 metric 1024 table 200 pref low
ip -6 route add blackhole 2001:db8:a::/64 table 200
ip nexthop add id 4 via 192.0.2.2 dev veth0
ip route get 10.0.0.1
ip -6 route show table all
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:a::3 weight 1 nexthop via 2001:db8:99::1 table 200 expires 2147483647
ip route add default nhid 5 table 100
ip nexthop add id 4 group 8/4
ip -6 route add 2001:db8:200::/48 nhid 4
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
