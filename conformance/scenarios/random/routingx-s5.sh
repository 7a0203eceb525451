# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 5), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=11394
sysctl -w net.ipv6.fib_multipath_hash_policy=1
route -n -A inet6
ip link set veth2 down
ip -6 route add throw 2001:db8:200::/48 metric 10 table local mtu 1400
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 metric 256 table 200
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::3 dev lo metric 256 pref low
route add -net 10.21.0.0/16
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:b::3 weight 2 nexthop via 2001:db8:c::2 metric 0 table local
ip -6 route add blackhole 2001:db8:300::/40 metric 0 table 200
route -n -A inet6
route -n -A inet6
route add -net 10.20.0.0 netmask 255.255.0.0 gw 198.51.100.2 metric 3
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route replace unreachable 2001:db8:a::/64 metric 1024 pref low
ip -6 route add unreachable ::/1 metric 10 table 100 expires 4294967295
ip -6 route add unreachable 2001:db8:200::/48 metric 0 pref high
ip -6 route prepend throw 2001:db8:100::/56 metric 10
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::2 metric 10 table 100
ip -6 route prepend prohibit 2001:db8:100::/56 metric 256
ip nexthop
ip -6 route add throw 2001:db8:300::/40
ip -6 route add ::/1 dev veth1 metric 256 table local
ip -6 route del 2001:db8:a::80/121
ip route get 172.16.1.1 from 192.0.2.1
ip route del 10.1.2.0/24
ip -6 route show table 100
ip nexthop add id 1 group 8/5/2,2
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::3 metric 10 table local
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route add throw ::/1 metric 1024 expires 4294967295
ip route add 10.1.2.0/24 nhid 7
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip link set veth0 up
ip -d nexthop
ip -6 route add 2001:db8:a::/64 nhid 5 metric 5
ip -6 route add default nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:c::2 metric 256 table 200 expires 4294967295
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip -6 route change 2001:db8:300::/40 via 2001:db8:b::3 metric 10 pref low
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:b::2 weight 2 nexthop via fe80::1 metric 1024 table 100 expires 2147483647
ip -6 route del 2001:db8:100::/56 metric 256
netstat -rn -6
ip -6 route get 2001:db8:a::1 ipproto tcp sport 1234 dport 80
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route del 2001:db8:300::/40 table local
ip -j -6 route show table all
ip route del 10.1.2.0/24 table 100
ip -6 route replace 2001:db8:a::80/121 via fe80::1 metric 10 table 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:100::1 oif veth2
ip route add 10.0.0.0/8 nhid 7
ip -6 route add 2001:db8:300::/40 nhid 3 table 100
route -n
ip nexthop flush groups
route -n
ip -6 route add 2001:db8:200::/48 nhid 3
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::2 metric 1024 pref low
ip -6 route add unreachable ::/1 metric 256
ip route get 10.1.2.4 from 192.0.2.1
ip route del 172.16.0.0/12 nhid 4 table 100
ip -j -6 route show table all
ip -6 route append unreachable ::/1 metric 256 table local pref low
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
