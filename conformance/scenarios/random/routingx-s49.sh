# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 49), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=82625
sysctl -w net.ipv6.fib_multipath_hash_policy=1
ip -6 route add 2001:db8:200::1 via 2001:db8:a::2 metric 1024 table local mtu 1400
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024 table 200 pref high
ip nexthop add id 2 via 198.51.100.3 dev veth2
ip link set veth3 up
ip link set veth2 down
ip -6 route del 2001:db8:200::1
ip -6 route del throw default
ip -6 route add prohibit 2001:db8:200::/48 metric 256 table 200 expires 2147483647
ip -6 route get 2001:db8:100::1
ip -6 route append 2001:db8:200::/48 via 2001:db8:b::3 table local mtu 1400
ip -6 route add ::/1 via 2001:db8:99::1 table 200
ip route get 8.8.8.8 from 192.0.2.1
ip -j nexthop
ip -6 route add default nhid 8 table 100
ip route add 10.0.0.0/8 nhid 5
ip link set veth0 down
ip nexthop add id 1 blackhole
ip -j -6 route show table all
ip -6 route del 2001:db8:200::1 metric 0 table 200
ip route del 10.1.2.3 nhid 3 table 100
ip route get 192.0.2.9 oif veth2
ip link set veth3 up
ip nexthop del id 5
ip -6 route add blackhole 2001:db8:300::/40 metric 256 expires 4294967295
ip -6 route del throw 2001:db8:a::/64 table local pref low
ip -6 route get 2001:db8:a::9
route -A inet6 add default gw 2001:db8:a::3 dev veth0 metric 7
ip -6 route get 2001:db8:a::9 oif veth2
ip -d nexthop
ip -6 route add ::/1 dev lo metric 10
ip -6 route get 2001:db8:a::9
ip route del 172.16.0.0/12 nhid 5
ip route add default nhid 1 metric 5
ip route get 10.1.2.4 from 192.0.2.1
ip link set veth0 down
ip -6 route add prohibit 2001:db8:a::/64 metric 256
ip -6 route add throw default table local mtu 1400
ip -6 route add 2001:db8:200::/48 nexthop via 2001:db8:a::2 weight 3 nexthop via 2001:db8:a::3 metric 0 expires 4294967295
ip nexthop del id 1
ip -6 route del 2001:db8:a::/64
ip route
ip -6 route show table all
ip route add 10.0.0.0/8 nhid 1 metric 5
ip -6 route get 2001:db8:300::7
ip -d route show table all
ip -6 route get 2001:db8:200::1
ip -6 route add 2001:db8:a::80/121 via 2001:db8:99::1 table 100 expires 2147483647
ip -6 route add 2001:db8:a::/64 dev lo table 100
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::3 metric 10 table 200
ip nexthop add id 5 blackhole
ip route add 10.0.0.0/8 nhid 3
ip nexthop add id 2 via 2001:db8:b::3 dev veth0
ip -6 route get 2001:db8:100::2 oif veth2
ip route get 172.16.1.1 oif veth2
netstat -rn -6
ip -6 route prepend blackhole 2001:db8:200::/48 metric 0 table 100 expires 4294967295
ip route get 192.0.2.9 oif veth2
ip -6 route add unreachable 2001:db8:300::/40 metric 256 table 100
ip -6 route add 2001:db8:200::/48 via 2001:db8:99::1 metric 256 pref high
ip -6 route get 2001:db8:300::7 oif veth2
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
