# Seeded random routing scenario (seed 67), from conformance/generators/routing.ts.
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
ip route del 10.1.2.0/24
ip route show table local
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 200
ip route del 10.0.0.0/8 table 100
ip route show table 100
ip route add 10.0.0.1/8 nexthop via 10.9.9.9 weight 3 nexthop via 192.0.2.2 metric 0 table local
ip route get 203.0.113.9
ip route add 10.1.2.3 dev lo metric 20
ip route get 192.0.2.255 mark 7
ip route del throw 10.1.2.0/24 metric 20
ip route add blackhole 0.0.0.0/1
route -n
ip route add throw 172.16.0.0/12 table 100
ip route add unreachable 10.0.0.0/8 metric 20 table 1000
ip route add 172.16.0.0/12 via 198.51.100.2
ip rule
ip -6 route
ip route add 128.0.0.0/1 via 192.0.2.2 metric 20 table local
ip route add throw 10.0.0.0/16 metric 10 table 1000
ip route add 10.0.0.0/16 via 198.51.100.3 dev lo table local
ip route add throw 10.1.2.3 table 100
ip rule add fwmark 7 lookup 200
ip route get 10.0.5.5
ip route show match 10.1.2.3
ip route add unreachable 10.1.0.0/16 metric 20
ip route get 8.8.8.8 mark 7
ip route add 10.0.0.1/8 via 203.0.113.2
ip route flush root 10.0.0.0/8
ip route del default dev veth2
ip route show table all
ip route get 8.8.8.8 oif veth2
ip route get 192.0.2.255
ip route show table local
ip route add prohibit 128.0.0.0/1
ip link set veth2 up
ip route add throw 192.0.2.128/25 metric 20 table 1000
ip route add 10.0.0.1/8 dev lo table 1000
ip rule
ip route del unreachable 0.0.0.0/1 metric 10 table 1000
ip route del 10.0.0.0/16
ip route add unreachable 10.0.0.0/16 table 200
ip route prepend unreachable 10.0.0.0/16 metric 10
ip route append prohibit default table 100
ip route get 10.1.2.3 oif veth2
ip -6 route
ip route show table all
ip route add blackhole 192.0.2.128/25 metric 20
ip route show root 10.0.0.0/8
ip route add 172.16.0.0/12 via 192.0.2.3 dev nosuch metric 10 table 100
ip route show root 10.0.0.0/8
ip route show table all
ip rule
