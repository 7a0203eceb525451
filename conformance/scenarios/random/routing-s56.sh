# Seeded random routing scenario (seed 56), from conformance/generators/routing.ts.
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
ip route del prohibit 10.1.0.0/16 metric 10 table 1000
ip rule add from 10.0.0.0/8 table main
ip route flush dev veth0
ip route add throw 0.0.0.0/1 metric 0 table 200
ip route flush dev veth0
ip route get 127.0.0.1
ip route append 172.16.0.0/12 via 10.9.9.9 dev nosuch metric 20
ip route show table all
ip route flush table all
ip route add prohibit 172.16.0.0/12 metric 10 table 1000
ip route add 10.0.0.1/8 via 198.51.100.2 table 100
ip route show match 10.1.2.3
ip rule add from 10.0.0.0/8 pref 200 table main
ip rule
ip route flush type blackhole
ip route show table local
ip -d route
ip route add 10.0.0.0/16 nexthop via 10.9.9.9 weight 2 nexthop via 198.51.100.2 metric 0
ip route add unreachable 192.0.2.128/25 metric 0
route -n
ip route flush table 100
ip rule add from 10.0.0.0/8 pref 200 blackhole
ip route get 192.0.2.1 mark 7
ip route show table local
ip route del 172.16.0.0/12 metric 0 table 100
ip route show table local
ip route show root 10.0.0.0/8
ip route show table 100
route -n
ip rule add iif veth1 pref 100 unreachable
ip route del 10.0.0.0/24
ip route show match 10.1.2.3
ip link set veth2 up
ip route add 10.1.2.3 dev veth0 metric 0 table local
ip -j route
ip route del 10.0.0.0/8
ip route get 8.8.8.8
ip route append 10.0.0.0/16 via 192.0.2.1 metric 10 table 1000
ip route show table 100
ip route show root 10.0.0.0/8
ip rule
ip route change blackhole 10.1.0.0/16 metric 0 table 100
ip route flush table 100
ip route add 10.0.0.0/24 nexthop via 203.0.113.2 weight 1 nexthop via 192.0.2.1
ip rule
ip route add throw 10.1.2.3 metric 0 table 100
ip route show match 10.1.2.3
ip route add 10.1.2.0/24 via 10.9.9.9 metric 10 table 1000
ip route add throw 10.0.0.0/8 table 100
route -n
ip route show table all
ip rule
