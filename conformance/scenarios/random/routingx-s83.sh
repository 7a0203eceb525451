# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 83), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=35155
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip nexthop show groups
ip -6 route add 2001:db8:100::/48 via 2001:db8:99::1 metric 10 table 200
ip nexthop del id 5
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 metric 10 table 200 pref high
route add -net 10.21.0.0/16 reject
ip -6 route del prohibit 2001:db8:200::/48
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 table 200
ip -6 route append 2001:db8:200::/48 via 2001:db8:a::3 metric 10 table local pref high
ip nexthop del id 3
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add 2001:db8:100::/56 dev veth2 metric 1024 pref high
ip -6 route show table 100
ip -6 route add unreachable 2001:db8:100::/48 metric 1024 table 100 expires 4294967295
ip route get 8.8.8.8 oif veth2
ip route get 192.0.2.9 oif veth2
ip -6 route get 2001:db8:200::1
ip route get 10.0.0.1 oif veth2
ip -6 route add throw 2001:db8:100::/48 metric 256 table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 dev veth2 metric 1024 pref low
ip route del 10.1.2.3 table 100
route add -net 10.23.0.0/24 reject metric 3
ip -6 route get 2001:db8:100::1
ip -6 route add prohibit 2001:db8:300::/40 metric 256 table local
ip -6 route change unreachable ::/1 mtu 1400
ip -6 route replace default nexthop via 2001:db8:99::1 nexthop via 2001:db8:a::2 metric 1024 table local
ip -d nexthop
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip nexthop flush groups
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route get 2001:db8:a::9 ipproto udp dport 53
ip -6 route del 2001:db8:a::80/121
ip route get 10.0.0.1 from 192.0.2.1
ip -d route show table all
ip -j nexthop
ip -6 route add throw default table local mtu 1400
ip -6 route add throw default metric 1024 table 100 pref low
ip -6 route add 2001:db8:200::/48 nhid 1 metric 5
ip nexthop replace id 8 via 2001:db8:b::2 dev veth2
ip nexthop flush groups
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -j -6 route show table all
ip -6 route add blackhole 2001:db8:200::/48 expires 4294967295
ip link set veth3 down
ip link set veth2 down
ip -6 route add unreachable 2001:db8:a::/64
route -A inet6 del 2001:db8:401::/64 gw 2001:db8:a::2
ip -6 route add blackhole 2001:db8:100::/56 metric 1024 expires 2147483647
ip -6 route prepend 2001:db8:a::80/121 dev veth2 metric 1024
ip -d nexthop
ip nexthop add id 7 group 7/3,1
ip -6 route add ::/1 via 2001:db8:b::2 metric 1024 expires 2147483647
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip nexthop flush dev veth0
ip -6 route append unreachable 2001:db8:a::/64 metric 1024 table 200 mtu 1400
ip route del 172.16.0.0/12 nhid 8
netstat -rn -6
ip nexthop add id 7 via 198.51.100.2 dev veth2
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
route -A inet6 add default gw 2001:db8:a::2 dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
