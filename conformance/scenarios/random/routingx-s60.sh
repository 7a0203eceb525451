# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 60), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=15009
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::3 expires 4294967295
ip -6 route get 2001:db8:300::7
ip -6 route add 2001:db8:200::1 nexthop via 2001:db8:b::2 nexthop via 2001:db8:b::3 expires 2147483647
ip -6 route get 2001:db8:100::2
route -A inet6 del default
ip -6 route show table all
ip -j nexthop
ip -6 route add blackhole 2001:db8:100::/56 metric 1024 table local
ip route add 10.0.0.0/8 nhid 1
ip -6 route add unreachable 2001:db8:100::/48
ip -6 route add blackhole 2001:db8:a::80/121 metric 0
ip nexthop
ip link set veth0 up
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::2 pref low
ip -d route show table all
ip route get 172.16.1.1 oif veth2
ip route get 8.8.8.8 oif veth2
ip -6 route del ::/1 metric 10
route -A inet6 del 2001:db8:401::/64 metric 7
ip link set veth2 up
ip route del default nhid 4 table 100
ip nexthop add id 7 via 2001:db8:a::3 dev veth2
ip route
ip -6 route add blackhole 2001:db8:a::80/121 metric 1024 expires 2147483647
ip route del default nhid 6
ip -6 route get 2001:db8:100::2 ipproto udp dport 53
ip -6 route change prohibit 2001:db8:100::/48 table 100 mtu 1400
ip nexthop show groups
ip -6 route add throw 2001:db8:200::/48 metric 10 pref high
ip -6 route replace 2001:db8:100::/56 via 2001:db8:99::1 metric 1024
ip -6 route replace prohibit 2001:db8:a::80/121 metric 256 table 200 pref high
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip nexthop add id 7 via 192.0.2.3 dev veth0
ip -6 route add ::/1 dev nosuch metric 256 table 100
ip route get 10.1.2.4 from 192.0.2.1
ip nexthop add id 3 via 198.51.100.2 dev veth0
ip -6 route add blackhole ::/1 mtu 1400
ip -j nexthop
ip -6 route get 2001:db8:100:ff::3 oif veth2
route del -host 10.22.0.1 metric 3
ip -6 route add blackhole 2001:db8:100::/48 metric 10 table 200
ip -6 route add blackhole ::/1
ip -6 route add blackhole 2001:db8:300::/40 pref high
ip -6 route
ip link set veth3 down
ip -6 route show table all
route add -net 10.21.0.0/16 gw 198.51.100.2 metric 3
ip link set veth0 up
ip nexthop add id 8 dev veth2
ip -6 route
route add -host 10.22.0.1 metric 3
route add -net 10.20.0.0 netmask 255.255.0.0 gw 198.51.100.2
ip -6 route add throw 2001:db8:300::/40 table 200
ip -6 route add 2001:db8:200::/48 via 2001:db8:c::2 table local expires 4294967295
ip -6 route add unreachable 2001:db8:a::/64 metric 256
ip route get 192.0.2.9 oif veth2
ip -6 route add 2001:db8:a::/64 via 2001:db8:b::2 dev nosuch
ip -6 route show table all
ip route add 172.16.0.0/12 nhid 8
ip -6 route add throw 2001:db8:100::/48 metric 10 table local expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
