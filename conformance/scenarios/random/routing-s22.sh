# Seeded random routing scenario (seed 22), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/24 via 192.0.2.1 metric 10 table 200
ip route get 10.0.0.1
ip route add 10.1.2.3 via 198.51.100.3 table 100
ip route show match 10.1.2.3
ip route show table all
ip route get 8.8.8.8
ip route add unreachable 10.1.2.3 table local
ip route add 10.0.0.0/8 via 198.51.100.2
ip route del 10.0.0.0/16 metric 10
ip route add 0.0.0.0/1 dev nosuch metric 10
ip route add 0.0.0.0/1 dev lo metric 0
ip route change 10.0.0.0/8 via 10.9.9.9 metric 10 table 1000
ip route del 10.1.0.0/16
ip route add throw 10.1.2.0/24 metric 10 table 1000
ip route replace 172.16.0.0/12 via 192.0.2.1 metric 10 table 1000
ip rule add iif veth1 blackhole
ip route add unreachable 10.0.0.0/24 metric 10 table local
ip route flush proto boot
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 1000
ip route get 127.0.0.1 mark 7
ip route show dev veth0
ip route
ip route prepend blackhole 0.0.0.0/1 metric 20 table 200
ip route del 10.1.0.0/16 metric 20 table 100
ip route get 192.0.2.1 from 198.51.100.1
ip route replace default via 192.0.2.1
ip route show table local
ip route show match 10.1.2.3
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table local
ip route add blackhole 10.1.2.3 metric 10
ip route del unreachable 172.16.0.0/12
ip route add 10.0.0.1/8 via 192.0.2.3 metric 20 table 200
ip route del throw 10.0.0.0/8 metric 0
ip route add 172.16.0.0/12 nexthop via 192.0.2.3 weight 3 nexthop via 10.9.9.9 metric 0 table local
ip route get 10.1.2.4 mark 7
ip route add throw 192.0.2.128/25 metric 20 table 200
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route prepend unreachable 0.0.0.0/1 metric 20 table 100
ip route
ip rule del fwmark 7 unreachable
ip route show table 100
ip route add 10.0.0.0/16 via 192.0.2.2 dev veth2 metric 20
ip route add unreachable 10.0.0.0/8 metric 20 table local
ip link set veth2 down
ip route replace 10.0.0.1/8 dev veth2
ip route
ip route add blackhole default
ip -6 route
ip -j route
ip route add prohibit 128.0.0.0/1 table 100
ip route show table all
ip rule
