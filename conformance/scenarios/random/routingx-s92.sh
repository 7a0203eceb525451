# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 92), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=28821
ip -6 route del throw 2001:db8:200::1 metric 1024 pref low
ip -6 route add 2001:db8:200::1 dev veth0 expires 4294967295
ip -6 route add 2001:db8:a::80/121 dev veth0 metric 10 table 100
ip -j nexthop
ip -6 route add 2001:db8:200::1 dev nosuch metric 256 table local pref high
ip -6 route add throw 2001:db8:a::80/121 metric 1024 expires 2147483647
route -n
ip -6 route get 2001:db8:a::1
ip -6 route get 2001:db8:300::7
ip -6 route get 2001:db8:200::1
ip nexthop del id 9
ip -6 route del 2001:db8:100::/56
ip nexthop show groups
ip -6 route add unreachable ::/1 metric 0
ip -6 route get 2001:db8:100:ff::3 ipproto tcp sport 1234 dport 80
ip -d route show table all
ip link set veth0 down
ip route del 10.1.2.0/24 nhid 5 table 100
ip -6 route add prohibit 2001:db8:100::/48 metric 0 expires 4294967295
ip nexthop add id 2 via 192.0.2.2 dev veth0
ip -6 route del 2001:db8:200::/48
ip -6 route add 2001:db8:a::/64 nhid 5 table 100
ip link set veth0 down
route -A inet6 add 2001:db8:402::1 dev veth1 metric 7
ip -6 route show table all
ip -6 route
ip route get 172.16.1.1 oif veth2
ip -6 route get 2001:db8:100::1 ipproto tcp sport 1234 dport 80
ip -6 route replace unreachable ::/1 table 200
ip nexthop add id 1 dev veth2
ip -6 route add unreachable 2001:db8:100::/48 mtu 1400
ip nexthop add id 4 group 7/4
ip -6 route add 2001:db8:a::80/121 dev nosuch metric 0 pref low
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
route add -net 10.21.0.0/16 gw 198.51.100.2
ip link set veth3 down
ip -6 route add 2001:db8:a::80/121 nexthop via 2001:db8:b::3 nexthop via 2001:db8:a::3 metric 256 table 100
route add -net 10.20.0.0 netmask 255.255.0.0 metric 3
route add default gw 192.0.2.3
ip -6 route add blackhole 2001:db8:200::1 pref low
ip -6 route get 2001:db8:ffff::1 ipproto tcp sport 1234 dport 80
ip -6 route append blackhole 2001:db8:100::/56 metric 256 table 100
ip -6 route add prohibit 2001:db8:100::/56 metric 10 table 100 expires 2147483647
ip nexthop add id 1 via 198.51.100.2 dev veth2
ip route get 10.0.0.1
ip -6 route del prohibit ::/1 metric 10
ip nexthop del id 5
ip nexthop add id 3 via 192.0.2.2 dev veth2
ip -6 route prepend prohibit 2001:db8:300::/40 metric 1024 table local pref high
ip link set veth0 up
netstat -rn -6
ip -6 route add 2001:db8:100::/48 nhid 2
ip -6 route get 2001:db8:a::9 oif veth2
ip nexthop replace id 1 group 2,4
ip nexthop del id 3
ip -6 route get 2001:db8:300::7
ip -6 route del ::/1 metric 0 table 200
ip route get 172.16.1.1
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 dev nosuch table 100 pref low
ip -6 route change 2001:db8:a::80/121 via 2001:db8:b::3 metric 0 table 200
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
