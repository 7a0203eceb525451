# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed 30), from conformance/generators/routingx.ts.
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
sysctl -w net.ipv4.fib_multipath_hash_seed=49759
ip -6 route add blackhole 2001:db8:100::/48 metric 1024 table 200 expires 4294967295
ip route get 192.0.2.9
ip nexthop add id 3 group 3/5/1,1
ip route add 172.16.0.0/12 nhid 1 metric 5
ip -6 route add throw 2001:db8:200::1 table 100
ip nexthop add id 7 via 192.0.2.3 dev veth2
ip route get 192.0.2.9 from 192.0.2.1
ip -6 route del blackhole 2001:db8:300::/40 metric 1024
ip -6 route del 2001:db8:a::80/121 dev veth0 metric 256 pref high
ip -6 route add 2001:db8:100::/56 via fe80::1 expires 2147483647
ip route del 10.1.2.3 nhid 2
ip nexthop
ip -6 route get 2001:db8:a::1 oif veth2
ip nexthop replace id 6 via 2001:db8:b::2 dev veth2
ip -6 route get 2001:db8:100:ff::3
ip route add 10.0.0.0/8 nhid 6 metric 5
ip route add 172.16.0.0/12 nhid 8 table 100
route -n -A inet6
ip route
route add -net 10.20.0.0 netmask 255.255.0.0 gw 192.0.2.2 metric 3
route -A inet6 del default gw 2001:db8:a::2
netstat -rn -6
route -n -A inet6
ip -6 route add 2001:db8:200::1 dev veth0 metric 0 expires 2147483647
ip route add 10.1.0.0/16 nhid 8 table 100
ip -6 route add 2001:db8:100::/48 via 2001:db8:c::2 table 100
ip route del 172.16.0.0/12 table 100
ip -6 route add ::/1 nhid 4 metric 5
ip -6 route del prohibit 2001:db8:300::/40 mtu 1400
route del -host 10.22.0.1 metric 3
ip -6 route add blackhole 2001:db8:300::/40 metric 0
ip -6 route append default nexthop via fe80::1 nexthop via 2001:db8:b::2
ip -6 route del 2001:db8:300::/40 metric 10
ip route add 10.1.2.0/24 nhid 3 table 100
ip -6 route get 2001:db8:200::1
ip route add 10.0.0.0/8 nhid 1
ip route get 8.8.8.8
ip route get 10.1.2.3 oif veth2
ip nexthop replace id 7 via 10.9.9.9 dev veth2
ip nexthop add id 8 blackhole
ip -6 route add 2001:db8:200::1 nhid 7 table 100
ip route add 10.1.2.3 nhid 3 metric 5
ip -6 route add blackhole default metric 256 table local
ip -6 route add default nhid 7 table 100
ip nexthop flush
ip -6 route add unreachable 2001:db8:200::/48 metric 0 pref low
ip link set veth2 up
ip -6 route add unreachable 2001:db8:200::/48 metric 256 table local
ip nexthop add id 7 group 7/1
ip route get 172.16.1.1 oif veth2
ip -6 route add 2001:db8:200::1 nhid 7 metric 5
ip -j -6 route show table all
ip -6 route add 2001:db8:100::/48 nexthop via 2001:db8:c::2 weight 2 nexthop via fe80::1 metric 256 expires 4294967295
ip route get 172.16.1.1 oif veth2
ip -j -6 route show table all
ip nexthop add id 4 via 192.0.2.3 dev veth0
ip -6 route get 2001:db8:100:ff::3 from 2001:db8:a::1
ip nexthop add id 7 dev veth2
ip -j nexthop
ip route
ip route show table all
ip -6 route show table all
ip nexthop
route -n -A inet6
