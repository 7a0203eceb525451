# Seeded random routing scenario (seed 29), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/24 via 198.51.100.2
ip route add default via 203.0.113.2 metric 20 table 1000
ip route flush type blackhole
ip route add throw 10.0.0.1/8 metric 20
ip link set veth0 down
ip route add default via 198.51.100.2
ip route get 10.1.2.4 from 198.51.100.1
ip route get 198.51.100.7 from 192.0.2.1
ip route show root 10.0.0.0/8
ip route
ip route add prohibit 10.1.0.0/16 metric 20 table 100
ip route add default via 192.0.2.3 metric 20 table 200
ip route add prohibit 172.16.0.0/12 metric 10
ip route show table all
ip route show table local
ip route show table local
ip -d route
ip route del 10.0.0.0/24
ip route del 10.0.0.0/16 via 203.0.113.2 metric 10 table 200
ip route get 172.16.1.1 oif veth2
ip route get 192.0.2.1 mark 7
ip route show dev veth0
ip route get 203.0.113.9
ip route add blackhole 0.0.0.0/1 metric 0 table local
ip route show dev veth0
ip route add blackhole default metric 10
ip route replace 172.16.0.0/12 via 192.0.2.1 metric 20
ip link set veth0 up
ip link set veth2 up
ip route del 10.1.0.0/16
ip route add throw 172.16.0.0/12 metric 20 table 200
ip route add prohibit 10.0.0.0/16 metric 20 table 1000
ip route get 10.1.2.3 from 198.51.100.1
ip route show root 10.0.0.0/8
ip rule del iif veth1 pref 200 lookup 200
ip route del 192.0.2.128/25
ip route append 10.0.0.1/8 nexthop via 10.9.9.9 weight 1 nexthop via 198.51.100.3 metric 0 table local
ip route show root 10.0.0.0/8
ip route add blackhole 172.16.0.0/12 metric 20 table local
ip route show root 10.0.0.0/8
ip route add 10.0.0.0/16 via 198.51.100.2 metric 20
ip route add 128.0.0.0/1 nexthop via 10.9.9.9 weight 2 nexthop via 192.0.2.3 metric 20 table 1000
ip route show table 100
ip route add 192.0.2.128/25 via 198.51.100.2 metric 0
ip route add 10.0.0.1/8 via 198.51.100.3 dev nosuch table 100
ip route get 172.16.1.1 oif veth2
ip route get 203.0.113.9
ip route change blackhole 10.1.2.0/24 metric 0 table 100
ip route append unreachable 10.0.0.0/16
ip route add 10.1.0.0/16 via 192.0.2.1 metric 10 table 100
ip route show table all
ip rule
