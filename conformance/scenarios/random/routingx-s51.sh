# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 51), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=60541
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route get 2001:db8:100::1
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip route del 172.16.0.0/12 nhid 8
ip -d route show table all
ip -6 -d route
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::1
ip -6 route prepend throw 2001:db8:100::/56 metric 256 table 200 pref high
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::3 dev veth0 metric 7
ip -6 route get 2001:db8:ffff::1
ip -6 route get 2001:db8:a::1 oif veth2
ip -6 route get 2001:db8:ffff::1 ipproto udp dport 53
ip -6 route add unreachable 2001:db8:300::/40 metric 10 table 100
ip -6 route append throw 2001:db8:100::/48 table 100 pref high
route add -net 10.20.0.0 netmask 255.255.0.0 reject
route -n -A inet6
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1 table 100
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::2
route add -net 10.23.0.0/24 dev veth0
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip route get 10.0.0.1 from 192.0.2.1
ip -d nexthop
ip -6 route add 2001:db8:200::/48 nhid 1
ip route get 172.16.1.1
ip route get 172.16.1.1 from 192.0.2.1
ip nexthop del id 5
route -n -A inet6
route -n -A inet6
ip -d route show table all
ip -6 route get 2001:db8:ffff::1
ip route del 10.0.0.0/8 table 100
ip -6 route del throw 2001:db8:a::/64 metric 0 pref high
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route add 2001:db8:100::/56 nexthop via fe80::1 weight 1 nexthop via 2001:db8:99::1 metric 1024 table 100
ip link set veth3 down
ip link set veth2 up
ip -6 route add 2001:db8:200::/48 nhid 6 metric 5
ip route del 10.0.0.0/8 nhid 6 table 100
ip nexthop add id 8 group 2,2
ip -6 route append throw 2001:db8:100::/48 expires 2147483647
ip -6 route del ::/1
route -n
ip -6 route add 2001:db8:300::/40 via 2001:db8:b::2 metric 1024 table 200 expires 2147483647
ip nexthop replace id 6 group 5/3
ip nexthop add id 6 via 198.51.100.2 dev veth0
ip route add 10.1.0.0/16 nhid 4 table 100
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024
route del -host 10.22.0.1 metric 3
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route del ::/1
ip -6 route get 2001:db8:100::1
route -A inet6 del 2001:db8:400::/48 metric 7
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route add throw 2001:db8:100::/56 metric 256 mtu 1400
ip route get 10.1.2.4 oif veth2
ip nexthop flush dev veth0
ip -6 route add throw 2001:db8:200::/48 metric 10 table 100 pref high
netstat -rn -6
ip nexthop add id 2 dev veth0
ip nexthop add id 8 via 192.0.2.2 dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
