# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 90), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=18559
ip route del 10.1.2.3 nhid 3
ip nexthop add id 8 group 6/5
ip -6 route get 2001:db8:300::7
ip -6 route add throw 2001:db8:a::80/121 table 200 pref low
ip -6 route replace throw 2001:db8:a::80/121 expires 2147483647
ip -6 route
ip link set veth2 down
ip link set veth2 up
ip -6 route replace prohibit 2001:db8:a::80/121 metric 256 table 200
ip -6 route add throw 2001:db8:a::80/121 metric 10 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip nexthop add id 2 group 3
ip route add 10.1.2.0/24 nhid 8 table 100
ip nexthop replace id 4 blackhole
ip -6 route get 2001:db8:ffff::1
ip link set veth2 up
ip -6 route add unreachable default metric 256 mtu 1400
ip -6 route add 2001:db8:200::1 dev lo table 100 expires 4294967295
ip link set veth2 up
ip -6 route get 2001:db8:300::7
ip -6 route
ip -6 route add 2001:db8:200::1 nhid 2 table 100
route add -net 10.23.0.0/24 dev nosuch
ip -6 route add unreachable 2001:db8:200::1 expires 2147483647
ip link set veth3 up
route del default
ip -6 route
ip -6 route add default nhid 1 metric 5
ip route add 172.16.0.0/12 nhid 2
ip -6 route add 2001:db8:a::80/121 dev veth2 metric 256 table 200
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::3 dev veth0
route -n
ip -6 route append ::/1 via 2001:db8:c::2 metric 256 table local pref high
ip -6 route add default nexthop via 2001:db8:c::2 nexthop via 2001:db8:a::3 table 200
ip -6 route add unreachable ::/1 metric 0 expires 4294967295
ip -6 route del 2001:db8:a::/64 metric 10 table local
ip nexthop replace id 1 group 2/5,3
ip -6 route del ::/1 nexthop via 2001:db8:c::2 nexthop via 2001:db8:b::3 metric 256 table local pref low
ip -6 route
ip -6 route add unreachable 2001:db8:a::80/121 metric 1024 pref high
ip link set veth0 up
ip -6 route add blackhole default metric 0 expires 4294967295
ip route del 10.1.0.0/16
ip route get 172.16.1.1 from 192.0.2.1
ip -6 route show table 100
ip nexthop replace id 6 group 2
ip -6 route get 2001:db8:100::2
ip -6 route del ::/1
route -A inet6 del 2001:db8:400::/48
ip nexthop show groups
ip -6 route add throw 2001:db8:200::1 metric 0 expires 2147483647
ip -6 route append blackhole 2001:db8:100::/56 metric 0 table 200
ip nexthop add id 1 group 3,2/1/7
ip link set veth0 up
route add -host 10.22.0.1 gw 10.9.9.9
ip nexthop del id 9
netstat -rn -6
netstat -rn -6
ip nexthop add id 2 dev veth2
ip -6 route add throw 2001:db8:100::/56
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
