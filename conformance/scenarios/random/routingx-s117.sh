# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 117), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=43019
ip -6 route add prohibit default table 200
route -n -A inet6
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip route get 10.1.2.4 oif veth2
ip -6 route del 2001:db8:200::/48 table 100
ip route add 10.0.0.0/8 nhid 1
ip -6 route show table all
ip -j -6 route show table all
ip -d route show table all
ip -6 -d route
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::2 dev lo table local pref high
route -n -A inet6
ip -6 route get 2001:db8:300::7
ip route add 172.16.0.0/12 nhid 2
ip route
ip -6 route get 2001:db8:100:ff::3
ip -j -6 route show table all
ip -6 route show table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:c::2 dev veth1 metric 0 table 200 expires 2147483647
ip -6 route get 2001:db8:a::1
ip nexthop show groups
route add default metric 3
ip nexthop add id 2 group 4/6,3/2
ip link set veth0 down
ip -6 route get 2001:db8:100::2 oif veth2
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route add 2001:db8:100::/48 via 2001:db8:99::1 pref low
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:c::2 weight 3 nexthop via 2001:db8:c::2
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:99::1 nexthop via 2001:db8:99::1 metric 256 pref high
route add -net 10.23.0.0/24 reject
ip -6 route add unreachable 2001:db8:200::1 metric 1024 table local
ip -6 route
ip -6 route replace prohibit 2001:db8:100::/56 metric 10 table 200 mtu 1400
route -A inet6 del 2001:db8:400::/48 metric 7
ip -6 route get 2001:db8:100:ff::3
ip -6 route add 2001:db8:100::/56 dev nosuch metric 0 table local mtu 1400
ip -6 route add 2001:db8:200::1 dev veth1 metric 0 mtu 1400
ip -d route show table all
ip -6 route add 2001:db8:a::/64 nhid 4
ip -6 route add ::/1 dev veth0 metric 1024 pref high
ip nexthop add id 5 group 1,1
ip -6 route add 2001:db8:a::80/121 nhid 4 metric 5
ip route get 10.1.2.3 oif veth2
ip -6 route get 2001:db8:200::1
ip -6 route add ::/1 via 2001:db8:a::3 dev veth2 metric 10
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route show table 100
ip nexthop add id 8 group 2,1
ip nexthop add id 8 via 192.0.2.2 dev veth0
netstat -rn -6
ip -6 route add prohibit 2001:db8:a::/64 metric 1024 table 200 pref high
ip -6 route add 2001:db8:200::1 nhid 2 metric 5
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -j -6 route show table all
ip -6 route add 2001:db8:100::/56 dev veth1 metric 10 table 100 pref high
ip -d nexthop
ip -6 route add throw 2001:db8:100::/56 metric 10
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
