# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 82), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=93654
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip route get 10.0.0.1 from 192.0.2.1
ip nexthop add id 4 group 1/2/3,1
ip link set veth2 up
ip nexthop
ip -j nexthop
ip nexthop
ip route del 10.0.0.0/8
route -A inet6 del default gw 2001:db8:b::2
ip -j nexthop
ip link set veth3 down
ip -j -6 route show table all
ip -6 route add 2001:db8:300::/40 nhid 8 metric 5
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip nexthop flush groups
ip -j -6 route show table all
route -A inet6 add 2001:db8:402::1 gw 2001:db8:99::1 dev veth0 metric 7
ip nexthop replace id 7 dev veth2
netstat -rn -6
ip -6 route add unreachable 2001:db8:200::1 metric 0 expires 2147483647
ip route del 10.1.2.3 nhid 4
ip -6 route add throw 2001:db8:a::/64 metric 0
ip -j nexthop
ip -6 route add 2001:db8:200::/48 via 2001:db8:c::2 table local
ip -6 route add unreachable 2001:db8:300::/40 metric 10 mtu 1400
ip route add 10.1.0.0/16 nhid 1 table 100
ip -j nexthop
ip route get 192.0.2.9 from 192.0.2.1
ip route add 10.1.0.0/16 nhid 1 table 100
route del -host 10.22.0.1
ip nexthop flush
ip -6 route get 2001:db8:200::1 ipproto tcp sport 1234 dport 80
ip -6 route add prohibit 2001:db8:a::80/121 metric 0 expires 2147483647
ip -6 route del default nexthop via 2001:db8:b::2 weight 1 nexthop via 2001:db8:c::2 metric 1024 expires 4294967295
ip nexthop add id 8 dev veth0
ip route add 10.1.0.0/16 nhid 7
ip -d nexthop
ip route get 192.0.2.9 oif veth2
ip -6 route replace blackhole 2001:db8:a::/64 metric 10 table local mtu 1400
ip -6 route get 2001:db8:200::1 oif veth2
ip route add 10.1.0.0/16 nhid 7 metric 5
ip route get 8.8.8.8 oif veth2
ip -6 route add unreachable 2001:db8:100::/48 metric 10
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route get 2001:db8:ffff::1
ip -6 route add unreachable 2001:db8:200::/48 metric 256 table 100 mtu 1400
ip route del 10.1.0.0/16
ip link set veth3 down
ip route get 172.16.1.1
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::2 metric 256 table local pref high
ip -6 route add unreachable 2001:db8:300::/40 expires 2147483647
ip -6 route add unreachable 2001:db8:100::/56 metric 0 table 100 pref low
ip nexthop show groups
ip -6 route prepend default via 2001:db8:99::1 dev veth2 metric 10 table 100
ip -6 route show table all
ip -6 route del default metric 256
ip -6 route add ::/1 nexthop via 2001:db8:b::2 weight 2 nexthop via 2001:db8:a::2 table 200
ip -d route show table all
ip -6 route get 2001:db8:100::2 oif veth2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
