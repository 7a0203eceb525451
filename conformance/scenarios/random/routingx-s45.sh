# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 45), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=62326
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip route get 10.0.0.1
ip -6 route append 2001:db8:200::1 via 2001:db8:c::2 metric 0 table 100
ip link set veth2 down
ip -6 route add 2001:db8:100::/48 nhid 7 metric 5
ip -6 route add 2001:db8:a::80/121 via 2001:db8:b::3 expires 4294967295
ip route get 192.0.2.9 oif veth2
ip -6 route add 2001:db8:a::80/121 via fe80::1 pref high
ip -6 route add 2001:db8:a::80/121 nhid 8
ip nexthop add id 7 dev veth1
ip -6 route get 2001:db8:300::7 oif veth2
ip link set veth3 up
ip -6 route show table 100
ip route get 8.8.8.8 oif veth2
ip -6 route get 2001:db8:300::7 oif veth2
ip nexthop show groups
ip nexthop del id 3
ip route del 10.1.0.0/16
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route replace blackhole ::/1 expires 4294967295
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1 metric 10 table 100 mtu 1400
ip -6 route add blackhole 2001:db8:200::1 metric 0 table 200 mtu 1400
ip route get 10.1.2.3 from 192.0.2.1
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:a::3 weight 3 nexthop via 2001:db8:99::1 metric 10 table local pref low
ip route add 10.1.2.3 nhid 5
ip -6 route get 2001:db8:100::2
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:99::1 nexthop via 2001:db8:b::3 metric 1024 expires 2147483647
ip -6 route get 2001:db8:100::2 from 2001:db8:a::1
ip -6 route
route add -net 10.20.0.0 netmask 255.255.0.0 reject
ip link set veth2 up
ip -6 route replace unreachable 2001:db8:300::/40 metric 1024 expires 2147483647
ip -6 route add throw default metric 0 table 200
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip -6 route add 2001:db8:300::/40 nhid 8
ip -6 route replace 2001:db8:a::80/121 dev veth2 metric 10 pref low
route -A inet6 del 2001:db8:401::/64
ip -6 route get 2001:db8:200::1
ip -6 route del ::/1 table 200
route -n -A inet6
ip -6 route prepend blackhole 2001:db8:100::/56 metric 256
route -n -A inet6
ip -6 route get 2001:db8:100::1
ip route del 10.0.0.0/8
ip -6 route del 2001:db8:a::/64 metric 0 table 100
ip -6 route prepend unreachable 2001:db8:a::80/121 expires 4294967295
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::3 dev veth0 metric 7
ip -6 route add prohibit ::/1 table 200
ip -6 route add 2001:db8:200::/48 via fe80::1 table 100
ip -6 route add 2001:db8:100::/56 via 2001:db8:99::1 metric 10
ip route add 10.0.0.0/8 nhid 2
ip link set veth2 down
ip -6 route add 2001:db8:100::/48 nhid 1 metric 5
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 100
ip -6 route add throw 2001:db8:a::80/121 pref low
ip -6 route add prohibit 2001:db8:200::1 metric 10 table local mtu 1400
route add -net 10.21.0.0/16 reject metric 3
ip -6 route add blackhole 2001:db8:100::/56 metric 10 pref high
ip nexthop replace id 3 via 2001:db8:b::3 dev veth2
ip -6 route add default nexthop via 2001:db8:a::3 weight 1 nexthop via 2001:db8:b::3 metric 1024 table 100
ip -6 route add prohibit default metric 0 expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
