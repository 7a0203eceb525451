# Seeded random routing scenario (seed 62), from conformance/generators/routing.ts.
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
ip route add 10.1.2.3 via 192.0.2.3 metric 0 table 1000
ip route show table local
ip route get 172.16.1.1
ip route add 172.16.0.0/12 dev nosuch
ip route add throw 10.0.0.1/8 table local
ip route add prohibit 10.0.0.0/8 metric 10
ip route del prohibit 10.0.0.0/24 table 200
ip route show match 10.1.2.3
ip route show table 100
ip route get 8.8.8.8 from 198.51.100.1
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10
ip route get 10.0.5.5 iif veth1 from 203.0.113.5
ip route add unreachable 172.16.0.0/12 metric 0 table 200
ip route add throw 10.0.0.0/8 table 200
ip route
ip route del unreachable 128.0.0.0/1 metric 20
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route prepend throw 10.0.0.1/8 metric 20
ip link set veth0 up
ip route del 172.16.0.0/12
ip route get 192.0.2.200 from 192.0.2.1
ip route flush type blackhole
ip route add unreachable 10.0.0.0/8 table local
ip route show table local
ip route add unreachable 10.0.0.0/8
ip route add prohibit 192.0.2.128/25 table local
ip rule
ip route get 10.1.2.3 from 198.51.100.1
ip route show table local
ip route add throw 10.1.2.0/24 table local
ip route get 198.51.100.7 oif veth2
ip route add 10.0.0.0/24 via 203.0.113.2 metric 10
ip -d route
ip link set veth3 up
ip route add throw 0.0.0.0/1 metric 0 table 200
ip route add prohibit 128.0.0.0/1 metric 20
ip route add 10.0.0.0/8 dev lo
ip -j route
ip route del 10.0.0.0/24 table local
ip -6 route
ip route add prohibit 10.0.0.1/8
ip route add 10.0.0.0/16 via 192.0.2.1 metric 20 table local
ip -j route
ip route show table 100
ip route get 192.0.2.1 mark 7
ip route add blackhole 10.1.2.0/24
ip route prepend 0.0.0.0/1 nexthop via 192.0.2.1 weight 1 nexthop via 198.51.100.2 table 100
ip route get 172.16.1.1 mark 7
ip route del 10.0.0.1/8 metric 20
ip route flush proto boot
ip route show table all
ip rule
