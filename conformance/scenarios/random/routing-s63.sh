# Seeded random routing scenario (seed 63), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/8 via 10.9.9.9 table 200
ip route get 10.1.2.3
ip route add 10.0.0.1/8 dev veth1 metric 10 table local
ip route add 192.0.2.128/25 dev veth1 table 200
ip route add blackhole 192.0.2.128/25 metric 0 table 200
ip route del 10.0.0.1/8 metric 0 table local
ip route show root 10.0.0.0/8
ip route get 172.16.1.1
ip route add blackhole 10.1.2.0/24 metric 10
ip route flush table all
ip route del throw 10.0.0.0/24 metric 10
ip route show root 10.0.0.0/8
ip link set veth2 up
ip route show table all
ip route add 192.0.2.128/25 via 198.51.100.2 metric 0 table 200
ip route add prohibit 10.0.0.1/8 metric 10 table local
ip route del 10.0.0.1/8 metric 10 table 100
ip route replace 10.1.2.0/24 via 192.0.2.2 table 100
ip route del 0.0.0.0/1 nexthop via 198.51.100.2 weight 2 nexthop via 192.0.2.2 table 1000
ip -j route
ip route add blackhole default metric 0 table 100
ip route del blackhole 0.0.0.0/1 table 1000
ip route add throw 10.0.0.0/24 table 200
ip route del default metric 10
ip route get 8.8.8.8 mark 7
ip route del 10.0.0.0/16 via 198.51.100.2 table 200
ip route get 192.0.2.200 oif veth2
ip route show table local
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route del prohibit 10.0.0.0/16 table 200
ip route add prohibit 10.1.2.3 metric 10 table 100
ip route add unreachable 10.1.0.0/16 table 200
ip route replace blackhole 10.1.2.3 metric 10
ip route add blackhole 10.1.2.3 metric 20 table 1000
ip rule del from 10.0.0.0/8 table 100
ip route del 10.0.0.0/16
ip route add 128.0.0.0/1 dev nosuch table 100
ip route get 192.0.2.200
ip route show match 10.1.2.3
ip rule
ip route flush table 100
ip route add throw 0.0.0.0/1 metric 0
ip route add prohibit 10.1.0.0/16 metric 10 table 100
ip route add unreachable 10.0.0.0/24
ip route get 192.0.2.200 oif veth2
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip -6 route
ip route replace unreachable 10.1.2.0/24 table 100
ip route add throw 10.1.0.0/16 metric 0 table 200
ip route add prohibit 10.1.2.0/24 table local
ip route show table all
ip rule
