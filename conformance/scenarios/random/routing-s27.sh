# Seeded random routing scenario (seed 27), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/24 via 192.0.2.3 dev veth1 table 100
ip rule add fwmark 7 pref 100 lookup 200
ip route add default via 10.9.9.9 metric 0 table 200
ip route del 10.0.0.0/24
ip route change 10.0.0.1/8 dev veth1 metric 10 table 200
ip route del 10.0.0.0/16 dev lo table 100
ip route get 10.0.0.1 from 198.51.100.1
ip route prepend unreachable 10.0.0.0/24
ip -6 route
ip route prepend 10.0.0.0/24 via 192.0.2.2 metric 20 table 100
ip route del default via 198.51.100.2 table 100
ip route del 0.0.0.0/1
ip route add prohibit 10.1.0.0/16 table 100
ip route add prohibit 10.0.0.0/24 metric 0 table 1000
ip route get 10.0.5.5 from 198.51.100.1
ip route show table local
ip rule add fwmark 7 pref 100 table 100
ip -j route
ip route append 10.0.0.0/16 dev veth1 metric 0
ip route show table local
ip route add 10.1.2.0/24 dev veth2 table local
ip route add 10.0.0.0/8 via 10.9.9.9 metric 0 table 1000
ip route show table local
ip route add throw 192.0.2.128/25 metric 0
ip route add 172.16.0.0/12 via 198.51.100.2 metric 0
ip route add unreachable 10.1.0.0/16 table local
ip route show table local
ip route del 10.0.0.0/24
ip rule del iif veth1 pref 200 unreachable
ip route add throw 10.1.2.0/24 metric 10 table 200
ip route append 10.1.0.0/16 nexthop via 198.51.100.2 weight 2 nexthop via 10.9.9.9 metric 20 table 1000
ip route show table local
ip route
ip route get 10.1.2.4 oif veth2
ip route add unreachable 10.0.0.0/24 metric 20
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 200
ip route append prohibit 10.1.2.0/24
ip route add 172.16.0.0/12 dev nosuch
ip route del 10.1.0.0/16 table 200
ip -d route
ip route del throw 128.0.0.0/1 metric 0
ip route del 10.1.0.0/16
ip route del 10.0.0.0/16
ip rule add fwmark 7 table main
ip route get 10.1.2.4 oif veth2
ip route prepend 10.0.0.0/8 dev lo table 200
ip route add default nexthop via 192.0.2.1 weight 2 nexthop via 192.0.2.3
ip route add 10.0.0.1/8 via 198.51.100.2 metric 0 table local
ip route add unreachable 10.0.0.1/8 metric 20 table 100
ip rule
ip route show table all
ip rule
