# Seeded random routing scenario (seed 32), from conformance/generators/routing.ts.
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
ip route show table local
ip route show root 10.0.0.0/8
ip route del 172.16.0.0/12 dev nosuch
ip route add unreachable default metric 10
ip -d route
ip route add 10.1.2.3 nexthop via 10.9.9.9 weight 3 nexthop via 192.0.2.2 metric 10 table 1000
ip route show match 10.1.2.3
ip -6 route
ip route add 10.0.0.0/24 dev lo metric 20
ip route get 127.0.0.1 from 198.51.100.1
ip route get 127.0.0.1 oif veth2
ip route add unreachable 0.0.0.0/1
ip route append prohibit 128.0.0.0/1 metric 10 table local
ip route get 10.1.2.4
ip rule add iif veth1 pref 200 blackhole
ip rule del from 10.0.0.0/8 table main
ip route del 10.0.0.0/24 via 203.0.113.2 dev lo metric 20 table local
ip route add 172.16.0.0/12 dev veth0 metric 10
ip route add 10.1.2.3 via 198.51.100.3 metric 0 table local
ip route get 198.51.100.7 from 198.51.100.1
ip link set veth2 down
ip route del 10.0.0.0/16
ip rule
ip rule del from 10.0.0.0/8 pref 100 table 100
ip route change unreachable 10.1.2.0/24 metric 0 table 200
ip route del 10.1.0.0/16 dev veth1 metric 10
ip route
ip route add 10.1.2.3 via 198.51.100.2 metric 20 table 200
ip route append 128.0.0.0/1 via 10.9.9.9 metric 20 table 1000
ip route flush table all
ip route del 10.0.0.0/24
ip route
ip route add prohibit 10.0.0.0/16 metric 0
ip route get 8.8.8.8 iif veth1 from 203.0.113.5
ip route show dev veth0
ip route add throw 0.0.0.0/1 metric 20
ip route get 203.0.113.9 from 198.51.100.1
route -n
ip route get 192.0.2.255 from 198.51.100.1
ip route del 10.0.0.0/24 table 200
ip route show table all
ip route del 172.16.0.0/12
ip route add 10.0.0.0/24 via 198.51.100.2 metric 0
ip route add prohibit 10.1.2.3 metric 10 table 1000
ip route show match 10.1.2.3
ip route add prohibit 192.0.2.128/25 metric 10 table local
ip route add throw 172.16.0.0/12 table 1000
ip route get 198.51.100.7 mark 7
ip route add prohibit 10.0.0.0/24 metric 20 table 1000
ip route
ip route show table all
ip rule
