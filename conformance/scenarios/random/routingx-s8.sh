# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 8), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=13339
route -n -A inet6
ip route del 10.1.2.3
ip -6 route add prohibit 2001:db8:100::/48 metric 256 pref high
ip -6 route del 2001:db8:100::/48
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip nexthop
route add -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip -j -6 route show table all
ip link set veth3 up
ip -6 route add prohibit 2001:db8:200::/48
ip -6 -d route
ip -6 route add unreachable 2001:db8:100::/56 table 200 pref low
ip route get 8.8.8.8 oif veth2
ip -6 route change throw 2001:db8:200::/48 table 200
ip -6 -d route
ip -6 route add 2001:db8:a::80/121 nhid 1
route del -host 10.22.0.1
ip route get 10.0.0.1
ip link set veth2 down
ip -6 route show table all
ip -6 route del 2001:db8:a::/64
ip -6 route get 2001:db8:100::2
ip nexthop add id 8 via 10.9.9.9 dev veth0
ip -6 route add 2001:db8:a::/64 nhid 4 metric 5
ip -6 route get 2001:db8:100::2 ipproto tcp sport 1234 dport 80
ip nexthop replace id 2 via 198.51.100.2 dev veth0
ip route del 10.1.0.0/16 nhid 4 table 100
ip -6 route del 2001:db8:300::/40 via 2001:db8:a::2 dev veth1 pref low
ip -6 route add blackhole default
ip -6 route replace blackhole 2001:db8:a::80/121 table 100
ip nexthop add id 4 via 10.9.9.9 dev veth0
ip -6 route get 2001:db8:100::1
ip -d route show table all
ip -6 route get 2001:db8:a::9
route del -net 10.21.0.0/16
ip -6 route del 2001:db8:100::/56 metric 256 table local
ip -6 route add 2001:db8:200::1 via 2001:db8:b::2 metric 256 table 200 pref high
ip -6 route del throw 2001:db8:200::1 metric 256 table local pref low
ip nexthop flush
ip -6 route del 2001:db8:100::/56 metric 1024 table 200
ip nexthop flush dev veth0
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip nexthop add id 2 group 6
ip -6 route del 2001:db8:a::/64 table 200
ip route get 172.16.1.1
ip -6 route add ::/1 nhid 4
ip route add 172.16.0.0/12 nhid 7
ip -6 route add 2001:db8:a::80/121 via fe80::1 table local
ip -d nexthop
ip -6 route add 2001:db8:200::1 dev veth1 metric 1024 table local
ip -j -6 route show table all
route -A inet6 add default gw 2001:db8:a::2 dev veth0
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 metric 256 pref low
ip route get 172.16.1.1
ip nexthop add id 5 group 3/4
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 metric 0 table 100
ip route del 172.16.0.0/12 table 100
ip -6 route add unreachable 2001:db8:a::80/121
route -n -A inet6
ip -6 route get 2001:db8:100:ff::3 oif veth2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
