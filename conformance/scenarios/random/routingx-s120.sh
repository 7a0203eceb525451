# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 120), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=11074
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route add blackhole 2001:db8:300::/40 metric 10
ip route add 10.1.2.3 nhid 6 table 100
ip -j -6 route show table all
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route add 2001:db8:200::/48 dev lo table 200 pref high
ip -6 route append ::/1 nexthop via fe80::1 nexthop via 2001:db8:c::2
ip -6 route get 2001:db8:ffff::1
ip -6 route del 2001:db8:200::1
ip nexthop add id 6 group 5/8
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:99::1 weight 1 nexthop via 2001:db8:b::2 table 200
ip link set veth3 up
ip nexthop replace id 5 via 198.51.100.2 dev veth2
ip -j nexthop
ip nexthop del id 3
ip nexthop show groups
route -n
ip nexthop add id 1 group 5/3
ip nexthop flush
ip route get 8.8.8.8 from 192.0.2.1
ip -6 route add 2001:db8:300::/40 nhid 3 table 100
ip -6 route add 2001:db8:300::/40 dev veth0 expires 4294967295
ip nexthop add id 2 via 2001:db8:b::2 dev veth2
ip -6 route del 2001:db8:200::1 metric 256
ip route del 10.1.2.0/24 table 100
ip nexthop add id 5 dev veth1
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route add default dev nosuch metric 1024 expires 2147483647
ip nexthop add id 7 via 2001:db8:b::3 dev veth2
ip -6 route add unreachable 2001:db8:a::/64 metric 10 mtu 1400
ip nexthop replace id 3 group 3/8/6,2
ip -6 route get 2001:db8:200::1
ip -6 route prepend throw default metric 0
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
route del default metric 3
ip route get 8.8.8.8 from 192.0.2.1
ip nexthop del id 5
ip -6 route add blackhole 2001:db8:a::80/121 table 100
route -n -A inet6
ip -6 route add 2001:db8:a::80/121 dev lo table 100 pref low
ip route get 10.0.0.1
ip nexthop add id 8 blackhole
route del -net 10.20.0.0 netmask 255.255.0.0
netstat -rn -6
ip nexthop add id 2 group 1,1
ip -6 route add 2001:db8:a::80/121 dev nosuch table 200 pref low
ip route del 10.0.0.0/8 table 100
ip -6 route get 2001:db8:300::7
ip route
route add -host 10.22.0.1 dev veth0 metric 3
ip -6 route add unreachable default table local expires 4294967295
route add -net 10.20.0.0 netmask 255.255.0.0 reject
ip nexthop show groups
ip -6 route show table 100
ip -6 route add prohibit 2001:db8:a::80/121 metric 1024 table 100 mtu 1400
ip -6 route add throw 2001:db8:300::/40 metric 0 pref low
ip -6 route add ::/1 nexthop via 2001:db8:c::2 nexthop via 2001:db8:c::2 metric 10 mtu 1400
route add -host 10.22.0.1 dev veth2
route -A inet6 add 2001:db8:400::/48 dev lo
ip -6 route add 2001:db8:300::/40 nhid 7
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
