# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 84), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=33047
ip nexthop
ip -6 route replace throw 2001:db8:a::/64 metric 1024 expires 2147483647
ip -6 route append default via 2001:db8:c::2 table 200 pref high
ip route add default nhid 8 metric 5
ip -6 route append throw 2001:db8:a::/64 metric 1024 table local
ip -6 route add 2001:db8:200::/48 via fe80::1 metric 0 expires 2147483647
ip -6 route add 2001:db8:a::/64 via fe80::1 table 100
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route del 2001:db8:300::/40 via 2001:db8:b::2 dev veth0 metric 0 mtu 1400
route add -host 10.22.0.1
ip -6 route add blackhole 2001:db8:a::80/121 metric 0 expires 2147483647
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:100::1
route -n -A inet6
ip -6 route add throw 2001:db8:100::/48 metric 0 table 200 expires 4294967295
ip -6 route add unreachable 2001:db8:a::80/121 metric 1024 table local
ip -6 route replace ::/1 via 2001:db8:b::3 dev veth2 metric 1024 pref low
ip route add default nhid 2 table 100
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2 dev veth0 metric 256 table 200 pref high
ip nexthop add id 6 via 198.51.100.3 dev veth0
ip -6 route get 2001:db8:100::2
ip nexthop add id 6 group 3
ip route del 172.16.0.0/12
ip route get 10.0.0.1 from 192.0.2.1
ip -6 -d route
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::1
ip link set veth2 down
ip -6 route add unreachable 2001:db8:300::/40 metric 256 table 200
ip route add 10.1.2.3 nhid 8 table 100
ip route del default nhid 3
ip -6 route del ::/1
ip -6 route show table 100
ip -d nexthop
ip nexthop show groups
ip -6 route replace throw ::/1 metric 10 pref low
ip -6 route show table all
ip -j -6 route show table all
ip -6 route add 2001:db8:a::80/121 via fe80::1 table 100 pref low
ip route get 10.1.2.4 from 192.0.2.1
ip -6 route add 2001:db8:a::80/121 dev nosuch
ip link set veth2 up
ip route del 172.16.0.0/12
ip -6 route replace blackhole 2001:db8:100::/56 metric 10 pref high
ip route
ip -6 route add 2001:db8:200::1 nhid 5 metric 5
ip -6 route add prohibit 2001:db8:200::1 metric 256
ip -6 route add unreachable 2001:db8:200::/48 metric 10
ip -6 route prepend prohibit 2001:db8:100::/48 table 100
netstat -rn -6
ip -6 route show table 100
ip route del 172.16.0.0/12 nhid 8
ip route add 10.0.0.0/8 nhid 8 metric 5
ip -6 route del 2001:db8:300::/40 table 100
ip -6 route show table all
ip -6 route add unreachable 2001:db8:100::/48
ip -6 route del ::/1 metric 1024 table 100
ip link set veth3 up
ip -6 route prepend throw 2001:db8:200::1 metric 0 table 100
ip -6 route get 2001:db8:200::1
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
