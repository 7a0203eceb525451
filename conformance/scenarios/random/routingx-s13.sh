# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 13), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=78881
netstat -rn -6
ip -6 route del blackhole 2001:db8:100::/56 metric 1024 table 100 expires 2147483647
ip -6 route get 2001:db8:a::9 oif veth2
netstat -rn -6
ip nexthop del id 9
ip nexthop replace id 4 dev veth0
ip -6 route add 2001:db8:100::/56 nexthop via fe80::1 weight 2 nexthop via 2001:db8:a::3
ip -6 route add default via 2001:db8:b::2 metric 0 expires 4294967295
ip -6 route append 2001:db8:a::80/121 via 2001:db8:c::2 metric 10 table 200
ip -6 route get 2001:db8:a::1 ipproto udp dport 53
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route add 2001:db8:200::/48 via 2001:db8:a::3 metric 1024 pref low
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::2 pref high
ip -d nexthop
route -n
ip -6 route add 2001:db8:100::/56 nexthop via fe80::1 weight 3 nexthop via 2001:db8:a::2 expires 4294967295
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip link set veth3 down
ip route add default nhid 6 table 100
ip -6 route del 2001:db8:a::80/121
ip -6 route add blackhole 2001:db8:300::/40 metric 256 table 100 pref low
ip -6 route add ::/1 via 2001:db8:c::2 metric 1024 expires 4294967295
ip route get 10.0.0.1 oif veth2
ip route get 172.16.1.1
ip -6 route prepend throw 2001:db8:200::/48 metric 0 expires 2147483647
ip nexthop
ip -6 route add 2001:db8:300::/40 nhid 8
ip -6 route add default nhid 8
ip nexthop
ip -6 route add 2001:db8:300::/40 via fe80::1 dev veth0 metric 1024 mtu 1400
ip -6 route add 2001:db8:300::/40 via fe80::1 metric 1024 expires 4294967295
ip -6 route del 2001:db8:300::/40 metric 10 table 100
ip -6 route get 2001:db8:200::1 from 2001:db8:a::1
ip nexthop add id 5 via 198.51.100.2 dev veth0
ip -6 route get 2001:db8:200::1 oif veth2
ip -6 route prepend default via 2001:db8:a::3 table 100 pref low
netstat -rn -6
ip nexthop add id 4 via 192.0.2.3 dev veth0
ip -6 route add 2001:db8:100::/48 nhid 5
ip nexthop add id 7 group 6
ip -6 route change 2001:db8:200::/48 dev veth1 metric 256 expires 2147483647
ip nexthop
ip link set veth2 down
ip -6 route prepend 2001:db8:300::/40 via 2001:db8:c::2 metric 256 table 100 expires 2147483647
ip -6 route add prohibit default metric 0 table local expires 2147483647
ip -6 route add 2001:db8:a::/64 nhid 1
ip route del 172.16.0.0/12 nhid 4
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip -d nexthop
ip -6 route add throw 2001:db8:a::/64 metric 256
ip nexthop add id 4 via 2001:db8:b::2 dev veth0
ip route get 10.1.2.3
ip -6 route change blackhole 2001:db8:200::/48
ip route add 172.16.0.0/12 nhid 5
ip route del 10.0.0.0/8 nhid 8 table 100
ip -6 route add prohibit default metric 0 table local
ip -6 route get 2001:db8:200::1
ip nexthop flush
ip -6 route del ::/1
ip nexthop add id 8 via 198.51.100.2 dev veth0
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
