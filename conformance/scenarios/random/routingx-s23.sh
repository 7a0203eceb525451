# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 23), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=23786
ip -6 route add default via fe80::1 dev lo metric 10 expires 2147483647
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip route get 10.0.0.1
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route add default dev nosuch table local mtu 1400
ip -6 route get 2001:db8:100:ff::3 ipproto udp dport 53
ip route add default nhid 2 table 100
ip -6 route add prohibit 2001:db8:a::/64 metric 1024
ip nexthop add id 7 group 4
ip -6 route add prohibit 2001:db8:a::/64 metric 1024 pref high
ip -6 route add blackhole 2001:db8:100::/48 metric 256 mtu 1400
ip route add 10.1.2.3 nhid 8 metric 5
route -A inet6 add default dev nosuch metric 7
route -n
ip -j -6 route show table all
ip route get 8.8.8.8 oif veth2
ip nexthop replace id 1 group 5
ip -6 route prepend prohibit 2001:db8:a::80/121 expires 4294967295
ip -d nexthop
ip link set veth3 down
ip -6 route show table 100
route -A inet6 add default gw 2001:db8:99::1
ip route get 8.8.8.8 oif veth2
route add default metric 3
ip route del default table 100
ip -6 route add blackhole 2001:db8:300::/40 metric 256 expires 2147483647
ip -6 route replace unreachable ::/1 pref high
ip -6 route del 2001:db8:100::/56 table local
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip route get 192.0.2.9 oif veth2
ip -j nexthop
ip link set veth3 up
ip -d nexthop
ip -6 route show table 100
route add -net 10.20.0.0 netmask 255.255.0.0 dev veth1
ip route get 10.1.2.3
ip link set veth3 up
ip route del 10.1.2.3 nhid 5
ip -6 route add blackhole 2001:db8:100::/56 metric 0 mtu 1400
netstat -rn -6
ip -6 route show table 100
ip -6 route get 2001:db8:200::1 oif veth2
ip route add 10.1.0.0/16 nhid 8 metric 5
route add default metric 3
ip -6 route add 2001:db8:100::/48 via fe80::1 metric 0
ip route get 10.1.2.4 from 192.0.2.1
ip route get 192.0.2.9 from 192.0.2.1
ip nexthop show groups
ip -6 route add unreachable 2001:db8:a::80/121 table 200
ip nexthop del id 3
ip nexthop replace id 7 via 192.0.2.2 dev veth2
ip -j -6 route show table all
ip route del 10.1.2.0/24 nhid 6
ip -6 route add 2001:db8:a::/64 nhid 6 metric 5
ip link set veth2 up
ip -6 route replace unreachable 2001:db8:100::/56 expires 2147483647
ip route add 10.0.0.0/8 nhid 3 table 100
ip -6 route add blackhole 2001:db8:a::80/121 pref low
ip route del 10.1.2.3 nhid 3 table 100
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 dev nosuch metric 256 table 200 expires 4294967295
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
