# Nexthop objects (ip nexthop) and routes using them (nhid): single next hops,
# blackhole, hash-threshold groups, validation errors, replace and delete
# pushed to the routes, devices going down taking their objects along.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
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
ip addr add 2001:db8::1/64 dev veth0 nodad
ip nexthop
ip nexthop flush
ip nexthop add id 1 via 192.0.2.2 dev veth0
ip nexthop add id 2 dev veth0
ip nexthop add id 3 blackhole
ip nexthop add id 4 via 2001:db8::2 dev veth0
ip nexthop add id 5 group 1/2
ip nexthop add id 6 group 1,3/2
ip nexthop add id 7 via 192.0.2.3
ip nexthop add id 8 via 203.0.113.1 dev veth0
ip nexthop add id 1 via 192.0.2.2 dev veth0
ip nexthop add id 9 group 1/99
ip nexthop add id 10 group 1/3
ip nexthop add id 11 via 192.0.2.2 dev veth0 onlink
ip nexthop add id 12 dev veth1
ip nexthop add via 192.0.2.4 dev veth0
ip nexthop add id 13 group 1/4
ip nexthop add id 14 via 198.51.100.2 dev veth2 protocol static
ip nexthop add id 15 group 1,200/14,100
ip nexthop add id 16 group 5/1
ip nexthop add id 17 dev veth0 via 192.0.2.2 blackhole
ip nexthop add id 18 blackhole dev veth0
ip nexthop add id 0 dev veth2
ip nexthop add id abc dev veth0
ip nexthop add id 19
ip nexthop add id 20 group 1/1
ip nexthop add id 21 dev nosuch
ip nexthop add id 22 group 1,0/2
ip nexthop add id 23 group 1,257/2
ip nexthop add id 24 via 192.0.2.1 dev veth0
ip nexthop add id 25 via 192.0.2.2 dev veth0 bogus
ip nexthop show
ip -j nexthop show
ip -d nexthop show
ip -4 nexthop
ip -6 nexthop
ip nexthop show id 5
ip nexthop show id 77
ip nexthop show dev veth0
ip nexthop show dev nosuch
ip nexthop show groups
ip nexthop list protocol 4
ip nexthop list protocol static
ip nexthop get id 6
ip -j nexthop get id 15
ip nexthop get id 99
ip route add 10.0.0.0/8 nhid 1
ip route add 10.1.0.0/16 nhid 5
ip route add 10.2.0.0/16 nhid 3
ip route add 10.3.0.0/16 nhid 99
ip route add 10.4.0.0/16 nhid 1 via 192.0.2.9
ip route add 10.4.0.0/16 nhid abc
ip route add 10.5.0.0/16 nhid 4
ip route add 10.6.0.0/16 nhid 15 metric 10 table 100
ip -6 route add 2001:db8:1::/48 nhid 4
ip -6 route add 2001:db8:2::/48 nhid 1
ip route add 10.0.0.0/8 nhid 1
ip route
ip -j route show 10.1.0.0/16
ip -d route show 10.1.0.0/16
ip -d route show table 100
ip -6 route
sysctl -w net.ipv4.fib_multipath_hash_seed=12345
ip route get 10.0.0.1
ip route get 10.1.0.1
ip route get 10.1.0.2
ip route get 10.2.0.1
ip route get 10.6.0.1
ip route get 10.6.0.2
ip route get 10.6.0.3
ip route get 10.6.0.4
ip route get 10.6.0.5
ip route get fibmatch 10.1.0.1
ip -6 route get 2001:db8:1::1
ip route del 10.6.0.0/16 nhid 2 table 100
ip nexthop del id 2
ip nexthop
ip route
ip nexthop replace id 14 blackhole
ip route show table 100
ip nexthop replace id 14 via 198.51.100.3 dev veth2
ip route show table 100
ip nexthop replace id 5 via 192.0.2.2 dev veth0
ip nexthop replace id 1 group 3
ip nexthop replace id 1 via 192.0.2.5 dev veth0
ip route
ip nexthop del id 77
ip nexthop del id 13
ip nexthop
ip link set veth0 down
ip nexthop
ip route show table all
ip link set veth0 up
ip nexthop
ip route show table all
ip link set veth3 down
ip nexthop
ip link set veth3 up
ip nexthop flush
ip nexthop
ip route show table all
ip nexthop help
ip nexthop foo
