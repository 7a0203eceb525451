# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 20), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=77654
ip route get 10.1.2.3 oif veth2
ip -6 route show table 100
ip -6 route del 2001:db8:100::/48
ip -6 route replace default via 2001:db8:b::2 expires 4294967295
ip -6 route add throw 2001:db8:100::/56 metric 1024 table 200 mtu 1400
ip -6 route show table 100
ip -6 route get 2001:db8:300::7 ipproto udp dport 53
ip route get 10.0.0.1
ip route del default nhid 7
ip route add default nhid 3
ip nexthop add id 1 group 3
ip -6 route del prohibit 2001:db8:a::80/121 table 200 expires 4294967295
ip -6 route prepend blackhole 2001:db8:300::/40 metric 256 mtu 1400
ip -6 route add prohibit 2001:db8:100::/56 metric 10 table 100 pref high
ip -6 route add 2001:db8:100::/56 nhid 4 table 100
ip -6 route add 2001:db8:200::/48 dev veth1 metric 1024 table 200
ip -6 route get 2001:db8:a::9
ip -6 route add blackhole 2001:db8:200::/48 table local pref low
ip -6 route get 2001:db8:ffff::1
ip link set veth3 up
ip link set veth2 down
ip -6 route append unreachable 2001:db8:a::/64 metric 256 table 100 expires 2147483647
ip -j nexthop
ip nexthop add id 3 dev veth2
ip -6 route prepend blackhole 2001:db8:a::80/121 metric 10 pref low
ip -6 route add 2001:db8:100::/56 nexthop via 2001:db8:a::2 nexthop via 2001:db8:99::1 metric 1024
ip -6 route get 2001:db8:100::1
netstat -rn -6
ip nexthop show groups
ip -6 route
ip nexthop add id 5 blackhole
ip -6 route change throw 2001:db8:200::1 metric 256 table 100
ip -6 route add throw 2001:db8:a::/64 table local
ip -6 route add blackhole ::/1 table 100 mtu 1400
ip route add default nhid 5 table 100
ip -6 route del 2001:db8:300::/40 metric 256
ip -6 route add 2001:db8:a::/64 nhid 7
ip -6 route add 2001:db8:100::/48 nhid 5 table 100
ip -6 route prepend default dev veth1 table 100 expires 2147483647
ip -6 route show table 100
route del -net 10.20.0.0 netmask 255.255.0.0 metric 3
ip -6 route
ip route del 10.1.2.3 table 100
route -n
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route add 2001:db8:100::/48 nhid 5 metric 5
ip route add 10.1.2.3 nhid 3
ip -6 route add throw default metric 256
ip -6 route add 2001:db8:100::/56 nhid 4 metric 5
ip route del default
ip -6 route add 2001:db8:200::/48 nhid 2 metric 5
ip -6 route add blackhole 2001:db8:100::/48
ip nexthop flush
ip -6 route get 2001:db8:ffff::1 oif veth2
ip -6 route replace prohibit 2001:db8:100::/56 table 200 expires 4294967295
ip -6 route show table 100
ip -j -6 route show table all
ip route del 10.1.0.0/16 table 100
ip link set veth3 up
ip route add 10.0.0.0/8 nhid 3 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
