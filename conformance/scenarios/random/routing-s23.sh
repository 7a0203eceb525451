# Seeded random routing scenario (seed 23), from conformance/generators/routing.ts.
ip link set lo up
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip addr add 203.0.113.1/28 dev veth1
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable 10.1.0.0/16 table 100
ip -6 route
ip route add unreachable 10.0.0.0/24 metric 0 table local
ip route flush type blackhole
ip route add blackhole default table local
ip route add 128.0.0.0/1 via 10.9.9.9 table 100
ip -6 route
ip -d route
ip route get 192.0.2.1 mark 7
ip route add 172.16.0.0/12 via 192.0.2.1 dev nosuch metric 20
ip route show table 100
ip route del 10.0.0.0/8
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip rule
ip route add 0.0.0.0/1 dev veth1 table local
ip route get 203.0.113.9 mark 7
ip route add default dev veth1 metric 10
ip route add blackhole 192.0.2.128/25 metric 20 table 100
ip route add throw 172.16.0.0/12 metric 20 table 1000
ip -d route
ip route add 128.0.0.0/1 dev veth2 metric 20 table 200
ip link set veth2 down
ip route get 10.1.2.3 from 198.51.100.1
ip route get 10.0.5.5
ip route show table all
ip route del default
ip route add blackhole 10.1.2.3 metric 10
ip route add unreachable 10.1.2.0/24 metric 10
ip -d route
ip route add prohibit 172.16.0.0/12 table 100
ip route del blackhole 10.0.0.0/24 table local
ip route get 203.0.113.9 mark 7
ip route show table all
ip route get 10.0.5.5 iif veth1 from 203.0.113.5
ip route show table local
ip rule add iif veth1 pref 200 lookup 200
ip route add 10.0.0.1/8 dev nosuch
ip route show table local
ip route add default via 192.0.2.1 table 1000
ip route del 10.1.0.0/16
ip route del 10.0.0.0/16 metric 0
ip route add 10.0.0.0/8 nexthop via 198.51.100.2 weight 2 nexthop via 203.0.113.2 metric 0
ip -j route
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
route -n
ip route add prohibit 192.0.2.128/25 metric 10 table 1000
ip rule
ip route add 128.0.0.0/1 dev veth2 table 100
ip route flush root 10.0.0.0/8
ip route add 172.16.0.0/12 dev veth2 metric 0 table local
ip route show table all
ip rule
