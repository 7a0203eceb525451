# ECMP routes: nexthop syntax, weights, dump format, and the next hop the
# kernel's flow hash picks with a fixed net.ipv4.fib_multipath_hash_seed.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
sysctl -w net.ipv4.fib_multipath_hash_seed=12345
ip route add 10.0.0.0/8 nexthop via 192.0.2.2 dev veth0 nexthop via 198.51.100.2 dev veth2
ip route add 10.1.0.0/16 nexthop via 192.0.2.2 weight 3 nexthop via 198.51.100.2 weight 1
ip route add 10.2.0.0/16 nexthop via 192.0.2.2
ip route add 10.3.0.0/16 nexthop dev veth0 nexthop dev veth2
ip route add 10.4.0.0/16 nexthop via 192.0.2.2 nexthop via 203.0.113.9
ip route add 10.4.0.0/16 nexthop via 192.0.2.2 weight 0
ip route add 10.4.0.0/16 nexthop via 192.0.2.2 weight 257
ip route add 10.4.0.0/16 nexthop via 192.0.2.2 foo
ip route add 10.4.0.0/16 nexthop
ip route
ip -j route show 10.0.0.0/8
ip -d route show 10.1.0.0/16
ip route get 10.0.0.1
ip route get 10.0.0.2
ip route get 10.0.0.3
ip route get 10.0.0.4
ip route get 10.0.0.5
ip route get 10.9.8.7
ip route get 10.200.3.4
ip route get 10.1.0.1
ip route get 10.1.0.2
ip route get 10.1.0.3
ip route get 10.1.0.4
ip route get 10.1.200.5
ip route get 10.0.0.1 from 192.0.2.1
ip route get 10.0.0.1 from 198.51.100.1
ip route get 10.3.0.9
ip route get 10.3.7.9
sysctl -w net.ipv4.fib_multipath_hash_seed=1
ip route get 10.0.0.1
ip route get 10.0.0.2
ip route get 10.0.0.3
ip route get 10.0.0.4
ip route get 10.1.0.1
ip route get 10.1.0.2
sysctl -w net.ipv4.fib_multipath_hash_policy=1
ip route get 10.0.0.1 ipproto tcp sport 1000 dport 80
ip route get 10.0.0.1 ipproto tcp sport 1001 dport 80
ip route get 10.0.0.1 ipproto tcp sport 1002 dport 80
ip route get 10.0.0.1 ipproto udp sport 53 dport 53
ip route del 10.0.0.0/8 nexthop via 192.0.2.2 dev veth0 nexthop via 198.51.100.2 dev veth2
ip route del 10.1.0.0/16
ip link set veth2 down
ip route
ip route del 10.3.0.0/16
ip route
