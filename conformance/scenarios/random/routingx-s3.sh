# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 3), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=79511
ip -6 route add prohibit 2001:db8:100::/48 metric 1024 table 200
ip route add 172.16.0.0/12 nhid 8 table 100
ip -6 route del ::/1 table local
ip -6 route add prohibit 2001:db8:a::/64 metric 1024 pref low
ip -6 route del ::/1
ip route get 8.8.8.8 oif veth2
ip -6 route add blackhole default metric 1024 mtu 1400
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip link set veth0 down
ip -6 route append 2001:db8:200::1 via fe80::1 metric 1024 pref high
ip -6 route append prohibit 2001:db8:a::/64 metric 10
route -A inet6 add default gw 2001:db8:a::2 dev veth0 metric 7
ip -6 route
ip nexthop add id 7 via 198.51.100.3 dev veth2
ip nexthop show groups
ip link set veth3 up
ip route del 10.0.0.0/8 table 100
ip -d nexthop
ip -6 route add ::/1 via 2001:db8:99::1 dev veth1 table 100
ip -6 route del ::/1 nexthop via 2001:db8:a::3 nexthop via 2001:db8:b::3 metric 0 table local mtu 1400
ip nexthop add id 5 via 2001:db8:b::3 dev veth0
ip link set veth0 up
ip -6 route get 2001:db8:100:ff::3
ip -j nexthop
ip -6 route prepend 2001:db8:100::/56 nexthop via 2001:db8:b::3 weight 3 nexthop via 2001:db8:a::2 expires 4294967295
ip -6 route get 2001:db8:300::7 ipproto tcp sport 1234 dport 80
ip route get 10.1.2.4 from 192.0.2.1
route del -host 10.22.0.1
ip -6 route add 2001:db8:300::/40 nexthop via 2001:db8:a::2 nexthop via 2001:db8:99::1 metric 256 pref low
route add -net 10.20.0.0 netmask 255.255.0.0
ip -6 route add throw 2001:db8:200::1 metric 1024 mtu 1400
ip -j -6 route show table all
ip nexthop flush groups
ip nexthop add id 7 group 2
ip -6 route add blackhole 2001:db8:a::/64 metric 1024
ip -6 route add throw 2001:db8:a::/64 table 200
ip -6 route add unreachable 2001:db8:a::/64 metric 0
ip nexthop replace id 8 group 6
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route
ip nexthop add id 5 group 7
ip route get 192.0.2.9
ip nexthop add id 5 via 2001:db8:a::3 dev veth2
ip -6 route add blackhole default metric 1024 mtu 1400
ip route add default nhid 6
ip -j -6 route show table all
ip -6 route get 2001:db8:a::1
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024
ip -6 route del throw 2001:db8:200::1 metric 1024 expires 2147483647
ip -6 route get 2001:db8:100::1
ip -6 route prepend prohibit 2001:db8:100::/56 metric 10
ip nexthop add id 1 group 3,2/8,4/7,4
ip route
ip route del 172.16.0.0/12 table 100
ip -6 route add blackhole 2001:db8:100::/48 metric 1024 mtu 1400
ip route
ip -6 route append throw 2001:db8:100::/48 metric 1024 table 200 mtu 1400
ip -6 route get 2001:db8:100::2
ip route get 172.16.1.1 oif veth2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
