# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 2), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=14536
ip -d nexthop
route add default
ip -6 -d route
netstat -rn -6
ip -6 route del 2001:db8:200::/48
ip -d nexthop
ip -6 route add prohibit 2001:db8:a::80/121 table 100 pref high
ip route get 10.1.2.4 oif veth2
ip -6 route show table 100
ip -d route show table all
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip nexthop replace id 4 group 6/8/5
netstat -rn -6
ip nexthop
ip -6 route add ::/1 dev veth2 metric 10 table 200
ip route del 10.1.2.0/24 nhid 1 table 100
ip -6 route add unreachable 2001:db8:200::1 metric 0
ip -6 route get 2001:db8:100::2 oif veth2
ip nexthop del id 1
ip -6 route show table all
ip -6 route add unreachable 2001:db8:200::1 metric 10
ip -6 route add 2001:db8:100::/56 nhid 3 table 100
ip nexthop add id 8 dev veth2
ip route add default nhid 4 metric 5
ip -6 route del unreachable 2001:db8:200::1 metric 1024 table 100
ip nexthop show groups
ip -6 route add 2001:db8:100::/56 via fe80::1 dev veth0 metric 10 table local
ip route add 172.16.0.0/12 nhid 5 table 100
ip -6 route append ::/1 via 2001:db8:b::2 metric 1024 table 100 expires 2147483647
ip nexthop
ip route
ip -6 route add 2001:db8:300::/40 nhid 1 table 100
route -A inet6 add default gw 2001:db8:b::3 dev veth0 metric 7
route del -net 10.21.0.0/16 metric 3
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -6 route add throw 2001:db8:200::1 metric 0
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route del default
ip -6 route get 2001:db8:200::1
ip nexthop
ip -6 route prepend throw 2001:db8:200::1 metric 256
ip nexthop show groups
ip -6 route del 2001:db8:300::/40 metric 256 table local
route del -net 10.21.0.0/16
ip -6 route add unreachable 2001:db8:200::1 metric 0 table 100 pref high
ip nexthop add id 6 via 2001:db8:b::3 dev veth2
ip -6 route del 2001:db8:200::1 metric 0 table 100
ip -6 route prepend blackhole 2001:db8:200::/48 metric 10
ip -6 route add throw 2001:db8:a::/64 metric 10 pref high
ip nexthop add id 2 via 192.0.2.3 dev veth0
ip -d nexthop
route -n
ip nexthop add id 4 group 7,3/5
route -n -A inet6
route del -host 10.22.0.1
ip -6 route append blackhole 2001:db8:100::/56 metric 10 expires 4294967295
ip route add 172.16.0.0/12 nhid 6 metric 5
ip -6 route add 2001:db8:200::/48 via fe80::1 dev veth1 table local pref high
ip -6 route add default nhid 6 metric 5
ip route del default table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
