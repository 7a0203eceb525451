# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 97), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=68840
ip -6 route get 2001:db8:ffff::1 from 2001:db8:a::1
ip -6 route add default dev veth1 metric 1024
ip nexthop add id 5 via 2001:db8:a::3 dev veth0
ip -6 route add unreachable 2001:db8:a::80/121 table local pref high
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:a::/64 via 2001:db8:a::3 metric 1024 pref low
ip -6 route add 2001:db8:100::/48 via 2001:db8:a::3 metric 1024 expires 2147483647
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route add throw 2001:db8:a::80/121 table local pref low
ip -6 route get 2001:db8:200::1 ipproto udp dport 53
ip nexthop del id 5
netstat -rn -6
ip nexthop flush dev veth0
ip nexthop add id 6 via 192.0.2.3 dev veth2
ip -6 route add 2001:db8:200::/48 via 2001:db8:b::3 metric 1024 pref low
ip -6 route add prohibit 2001:db8:100::/48 metric 256 table 100 expires 4294967295
route -A inet6 add default gw 2001:db8:b::3
ip route del 10.1.0.0/16 table 100
ip -6 route del 2001:db8:300::/40 metric 10 table 100
route -A inet6 add 2001:db8:401::/64 gw fe80::1 metric 7
ip route del 10.1.2.3 nhid 2 table 100
ip nexthop flush
netstat -rn -6
ip link set veth3 up
ip -6 route add blackhole 2001:db8:200::1
ip route get 10.0.0.1 from 192.0.2.1
route -A inet6 add 2001:db8:402::1 dev veth2 metric 7
ip -6 route prepend 2001:db8:300::/40 nexthop via 2001:db8:a::2 nexthop via 2001:db8:b::3
ip -j -6 route show table all
ip nexthop
ip route
route -A inet6 del 2001:db8:401::/64 gw 2001:db8:c::2
ip nexthop add id 5 blackhole
ip -6 route add throw 2001:db8:a::/64
ip -6 route add prohibit 2001:db8:200::1 metric 0 expires 2147483647
ip -6 route show table all
route add -net 10.21.0.0/16 reject
ip -6 route add blackhole 2001:db8:300::/40 table 200 pref low
ip -6 route del 2001:db8:200::1 metric 10
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route prepend unreachable 2001:db8:100::/56 metric 0 table local
ip -6 route get 2001:db8:100::1
route del -host 10.22.0.1 metric 3
netstat -rn -6
ip route get 8.8.8.8 oif veth2
ip route del 172.16.0.0/12
ip -6 route add prohibit ::/1 metric 0 table 100 expires 4294967295
ip nexthop add id 4 via 2001:db8:a::3 dev veth0
ip -6 route add blackhole 2001:db8:200::1
ip -6 route add prohibit 2001:db8:100::/48 metric 256 pref low
ip -6 route get 2001:db8:300::7
route -n
ip -6 route get 2001:db8:200::1
ip nexthop flush
ip route get 172.16.1.1 oif veth2
ip -6 route add 2001:db8:200::1 via fe80::1 table local pref low
ip nexthop add id 6 via 198.51.100.2 dev veth0
ip -6 route add 2001:db8:300::/40 via 2001:db8:a::3 metric 10 table 100 mtu 1400
ip link set veth0 up
ip -6 route add ::/1 nhid 3 table 100
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
