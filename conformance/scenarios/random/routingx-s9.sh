# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 9), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=74556
ip -6 route get 2001:db8:a::1 from 2001:db8:a::1
ip -6 route del ::/1
netstat -rn -6
route -n
ip -6 route add unreachable 2001:db8:200::1 metric 1024 table 100
ip -6 route add 2001:db8:100::/56 via 2001:db8:a::3 dev nosuch metric 0 table 200 pref high
ip -6 route add 2001:db8:300::/40 via 2001:db8:99::1 metric 256 pref high
ip nexthop add id 4 dev veth0
ip route add 10.1.2.0/24 nhid 3
route -n
ip link set veth2 down
ip -6 route get 2001:db8:100::1 oif veth2
ip -6 route del 2001:db8:100::/56 via 2001:db8:c::2 dev lo metric 10
ip -6 route show table 100
ip -6 route add prohibit ::/1 table local
ip -6 route prepend throw 2001:db8:200::/48 metric 10 table 100 expires 2147483647
ip -6 route replace unreachable 2001:db8:100::/48 metric 0 pref low
ip -6 route show table 100
route -A inet6 add 2001:db8:400::/48 dev veth1 metric 7
ip route get 172.16.1.1
ip nexthop add id 4 group 1,2/5
ip -6 route append 2001:db8:100::/56 nexthop via 2001:db8:b::3 weight 2 nexthop via 2001:db8:b::3 metric 256 table 200 expires 2147483647
ip -6 route add throw 2001:db8:a::80/121 table 200
ip -6 route add 2001:db8:300::/40 via 2001:db8:c::2 metric 0 table local pref low
ip nexthop add id 2 via 10.9.9.9 dev veth0
ip nexthop add id 4 dev veth2
ip -6 route add throw ::/1 table 100 expires 2147483647
ip -6 route del 2001:db8:a::80/121
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:b::2 dev veth0
ip -6 route add ::/1 via 2001:db8:b::2 dev lo metric 256
ip nexthop add id 3 group 1/3/2
ip nexthop
ip -6 route show table all
ip -6 route change blackhole default metric 0
ip nexthop
ip nexthop flush
ip -6 route change blackhole 2001:db8:100::/56 table 100 mtu 1400
ip nexthop flush
ip route del 10.1.0.0/16 nhid 5
ip -6 route add prohibit 2001:db8:100::/48 pref high
ip -6 route add unreachable 2001:db8:100::/56 table 100 mtu 1400
ip -6 route add prohibit 2001:db8:a::/64 table local
ip nexthop add id 1 group 8
ip -d route show table all
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route add throw 2001:db8:a::80/121 expires 2147483647
ip -6 route add unreachable 2001:db8:300::/40 metric 1024
ip -6 route add 2001:db8:200::/48 dev lo metric 1024 pref high
route -A inet6 add 2001:db8:400::/48 gw 2001:db8:99::1 dev veth0
ip -6 route add blackhole default metric 10 table local mtu 1400
ip -6 route del throw 2001:db8:100::/56 table 200
ip link set veth2 down
route -n
ip -6 route add prohibit 2001:db8:200::/48 metric 10 pref high
ip nexthop add id 4 group 3
ip nexthop add id 7 via 192.0.2.3 dev veth2
ip -6 route del 2001:db8:200::/48
ip -6 route add 2001:db8:200::1 dev lo table local expires 4294967295
ip route del 10.1.2.0/24 table 100
ip -6 route add 2001:db8:200::1 via 2001:db8:99::1 dev veth0 metric 10 table 200 expires 2147483647
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
