# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 76), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=94332
ip route get 10.0.0.1 oif veth2
ip -6 route add 2001:db8:200::1 dev veth1 pref low
ip link set veth2 up
ip -6 route del 2001:db8:a::/64
ip -6 route add 2001:db8:300::/40 nhid 1 table 100
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 metric 256
ip route add 10.1.2.3 nhid 4
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip route get 192.0.2.9 oif veth2
ip -6 route add ::/1 via 2001:db8:a::3 metric 0
ip nexthop add id 5 via 10.9.9.9 dev veth0
ip -d nexthop
ip -d nexthop
route del default
ip route del 10.1.2.0/24
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route show table all
ip -6 route add 2001:db8:300::/40 dev veth2 metric 10 table 100
ip nexthop add id 4 via 10.9.9.9 dev veth2
ip -6 route add ::/1 via 2001:db8:a::3 dev lo metric 256 table 100
ip -6 route change throw 2001:db8:200::1 metric 0
ip nexthop add id 5 via 2001:db8:a::3 dev veth2
ip -6 route del default
route -A inet6 add 2001:db8:402::1 gw 2001:db8:b::3 metric 7
ip -6 route get 2001:db8:100::2
ip route add 172.16.0.0/12 nhid 6
ip link set veth3 up
ip -6 route add blackhole ::/1 metric 1024 table 100 mtu 1400
ip -6 -d route
route -A inet6 add 2001:db8:400::/48 dev nosuch metric 7
ip -d route show table all
ip -6 route add blackhole 2001:db8:100::/56 table 200 pref high
ip nexthop add id 1 dev veth1
ip -d nexthop
ip nexthop flush
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 table 100
ip link set veth3 up
route del -net 10.21.0.0/16 metric 3
ip -d nexthop
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route del ::/1
netstat -rn -6
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:a::3
ip -6 route add unreachable ::/1 metric 0 mtu 1400
ip -6 route change prohibit 2001:db8:100::/48 metric 10 pref high
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add blackhole ::/1 metric 1024 pref low
ip route add default nhid 6 metric 5
ip route del 10.1.2.3 table 100
ip -6 route get 2001:db8:100::2
ip -6 route get 2001:db8:ffff::1
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:100::/56 via 2001:db8:b::2 metric 256
ip -6 route add blackhole 2001:db8:a::/64 metric 10 table local expires 2147483647
ip -6 route add ::/1 nexthop via 2001:db8:a::2 weight 1 nexthop via 2001:db8:99::1 metric 256 table 200 mtu 1400
netstat -rn -6
ip link set veth3 down
ip -6 route add 2001:db8:100::/56 nhid 3 table 100
ip -6 route add throw 2001:db8:200::1 metric 256
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
