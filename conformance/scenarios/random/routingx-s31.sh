# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 31), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=639
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add 2001:db8:200::/48 nhid 2
ip -6 route show table 100
ip nexthop
ip -6 route add 2001:db8:100::/56 nhid 3 metric 5
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::2 dev nosuch metric 0 expires 2147483647
ip -6 route add blackhole 2001:db8:100::/48 table 200 expires 2147483647
ip nexthop add id 2 group 8
ip link set veth3 up
ip nexthop add id 5 group 7,2/4
ip route get 172.16.1.1 oif veth2
route del -host 10.22.0.1
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route show table all
ip route add 10.1.2.0/24 nhid 3 table 100
ip route get 8.8.8.8 oif veth2
ip -6 route append prohibit 2001:db8:300::/40 table 100 pref high
ip -6 route add unreachable default metric 1024 table local
ip route get 10.0.0.1
ip -6 route add default nhid 2 metric 5
ip -6 route del 2001:db8:200::1 via 2001:db8:a::3 metric 256 table 200
ip nexthop add id 4 group 6,1/1/8
ip nexthop
ip nexthop replace id 6 blackhole
ip -6 route append 2001:db8:a::80/121 dev veth2 metric 1024 table 200 pref high
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:b::3 nexthop via 2001:db8:a::3 table local
ip -6 route
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add 2001:db8:200::1 via fe80::1 dev veth2 metric 256 expires 2147483647
ip -6 route add prohibit 2001:db8:a::/64 table 100 pref high
ip link set veth2 up
ip route get 10.1.2.4 oif veth2
ip -6 route prepend prohibit 2001:db8:100::/48 table local
route -A inet6 add default gw fe80::1 dev veth0 metric 7
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 metric 10 pref low
ip -6 route add ::/1 nexthop via 2001:db8:a::2 nexthop via fe80::1 metric 10 table 100
ip -6 route del 2001:db8:300::/40
ip nexthop add id 6 via 192.0.2.3 dev veth0
ip -6 route add prohibit default table 100 mtu 1400
ip -6 route get 2001:db8:100:ff::3
ip -6 route add ::/1 nhid 6
ip -6 route del 2001:db8:200::1 nexthop via 2001:db8:a::3 nexthop via 2001:db8:a::2 metric 1024 pref low
ip -6 route get 2001:db8:300::7
ip route get 8.8.8.8 oif veth2
route del -net 10.21.0.0/16
ip -6 route append 2001:db8:100::/48 dev nosuch metric 256
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 dev veth1 metric 10 table 100 pref high
route -A inet6 add 2001:db8:401::/64 gw 2001:db8:c::2
ip -6 route show table 100
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 metric 10 mtu 1400
ip nexthop replace id 3 via 2001:db8:a::3 dev veth2
ip -6 route get 2001:db8:a::1
netstat -rn -6
netstat -rn -6
ip -6 route replace prohibit 2001:db8:a::/64 metric 0
ip -6 route del 2001:db8:a::/64
ip nexthop flush dev veth0
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::3 metric 0 table local pref high
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
route del default metric 3
ip nexthop add id 6 group 1,3/8,4
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
