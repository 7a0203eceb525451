# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 28), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=77028
ip -6 route del 2001:db8:300::/40 dev lo metric 256 table 100 expires 2147483647
ip nexthop del id 3
ip -6 route add 2001:db8:200::/48 dev nosuch metric 0 expires 2147483647
ip -6 route get 2001:db8:100::1 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nhid 6 table 100
ip -6 route del 2001:db8:100::/48 via 2001:db8:a::2 table local mtu 1400
ip -6 route get 2001:db8:200::1
ip route add default nhid 3 table 100
ip nexthop show groups
ip link set veth3 up
ip nexthop replace id 6 group 1,2/6,1
ip -6 route get 2001:db8:a::1
ip link set veth0 down
ip -6 route show table all
ip -6 route del 2001:db8:200::/48
ip -6 -d route
ip nexthop replace id 2 via 198.51.100.3 dev veth0
ip route get 8.8.8.8
ip nexthop show groups
ip route del default table 100
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route add throw ::/1 metric 0 table 200 pref high
ip -6 route add 2001:db8:a::80/121 via 2001:db8:a::3 metric 256 table 100
ip -6 route show table 100
ip route get 172.16.1.1 oif veth2
ip -6 route
ip route get 172.16.1.1 from 192.0.2.1
ip route del 10.1.2.0/24
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add prohibit 2001:db8:200::/48 metric 256 expires 4294967295
ip -6 route add prohibit ::/1 table local expires 2147483647
ip route del 172.16.0.0/12 nhid 8 table 100
ip -6 route add blackhole 2001:db8:200::1
ip route get 172.16.1.1 oif veth2
ip -6 route add unreachable 2001:db8:a::80/121 expires 4294967295
ip -6 route add blackhole 2001:db8:100::/56 metric 1024
ip -6 -d route
ip nexthop add id 3 via 192.0.2.3 dev veth0
ip nexthop add id 3 group 5
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route append ::/1 via 2001:db8:b::3 metric 256 pref high
ip -6 route del 2001:db8:300::/40 metric 10
ip -6 route get 2001:db8:300::7 oif veth2
ip -j nexthop
ip nexthop add id 5 dev veth0
ip -6 route get 2001:db8:200::1
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024 expires 4294967295
route del default metric 3
ip -6 route replace prohibit 2001:db8:300::/40 metric 10
ip nexthop add id 2 group 3
ip route add 10.1.2.0/24 nhid 8 table 100
ip -6 route append blackhole 2001:db8:300::/40 metric 0
ip -j -6 route show table all
route -A inet6 del default
ip -6 route add default nhid 2 metric 5
ip -6 route add blackhole default
ip -6 route show table 100
ip route del default nhid 5 table 100
ip -6 route add throw 2001:db8:a::/64 metric 1024 table 100 pref low
ip route del 10.1.2.3 nhid 5
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
