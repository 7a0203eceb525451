# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 12), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=55755
ip -6 route get 2001:db8:ffff::1
ip -6 route append throw 2001:db8:200::/48 metric 256 pref high
netstat -rn -6
ip -6 route add default via 2001:db8:b::2 dev veth1 metric 10 table 100 expires 4294967295
ip route
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 dev veth0 metric 0 table 100 expires 2147483647
ip -6 -d route
route add -net 10.21.0.0/16 dev nosuch
ip -6 route del 2001:db8:200::/48 metric 1024
ip -6 route add throw 2001:db8:200::/48 table 200 expires 2147483647
ip -6 route add throw 2001:db8:200::/48 metric 10 table 200 expires 4294967295
ip -d nexthop
ip nexthop
ip -6 route add throw 2001:db8:100::/56
ip -6 route add default nexthop via 2001:db8:b::3 nexthop via 2001:db8:99::1 table 100 pref high
ip -6 route add blackhole 2001:db8:200::/48 metric 10 table local
ip -6 route add 2001:db8:a::80/121 nhid 8 metric 5
ip -6 route del 2001:db8:a::80/121
ip nexthop add id 6 via 198.51.100.2 dev veth2
ip nexthop add id 2 group 2/4/5
ip -6 route prepend 2001:db8:100::/48 dev veth2 table 100
ip -6 route get 2001:db8:a::9
ip -6 route del ::/1
ip -6 route add prohibit 2001:db8:a::80/121 metric 10 pref high
route -A inet6 add 2001:db8:402::1 dev lo
route -A inet6 del 2001:db8:400::/48 gw 2001:db8:a::2
ip route get 192.0.2.9 oif veth2
ip -6 route append blackhole 2001:db8:300::/40 metric 0 mtu 1400
ip nexthop add id 8 dev veth1
ip -6 route add prohibit 2001:db8:200::/48 mtu 1400
ip -6 route add prohibit default table 200 expires 4294967295
ip -6 route get 2001:db8:300::7 from 2001:db8:a::1
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip nexthop add id 2 via 198.51.100.2 dev veth0
ip -6 route add ::/1 dev nosuch expires 2147483647
ip link set veth3 up
ip -6 route add throw 2001:db8:200::/48 mtu 1400
ip -6 route show table 100
ip route
ip nexthop show groups
ip -6 route del throw ::/1 metric 1024 table 100 mtu 1400
ip -6 route add blackhole 2001:db8:100::/56 metric 10 table 200 expires 4294967295
ip -j -6 route show table all
ip -j nexthop
ip -6 route del 2001:db8:100::/56
ip -6 route add throw 2001:db8:100::/56 table 200
route -A inet6 del 2001:db8:401::/64
ip -6 route show table 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:100::1 from 2001:db8:a::1
ip route add 10.0.0.0/8 nhid 4 table 100
ip link set veth2 down
ip -6 route add throw 2001:db8:300::/40 pref low
ip -6 route append ::/1 dev lo metric 1024 pref low
ip -6 route add 2001:db8:100::/48 nhid 5
ip route del 10.0.0.0/8 table 100
ip -j -6 route show table all
ip -6 route add prohibit default metric 10 table local pref low
ip route add 10.1.2.3 nhid 6
ip -6 route get 2001:db8:300::7
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
