# Seeded random routing scenario (seed 64), from conformance/generators/routing.ts.
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
ip route del 10.0.0.1/8 metric 20 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route show dev veth0
ip -d route
ip route get 8.8.8.8 from 198.51.100.1
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.1.0.0/16 via 192.0.2.1
ip route add 10.1.0.0/16 via 10.9.9.9
ip route del 10.0.0.0/16 table local
ip route show table all
ip route add unreachable 128.0.0.0/1 metric 20
ip route del blackhole 10.0.0.0/8 metric 0
ip route del 0.0.0.0/1 table local
ip route add 10.0.0.0/8 via 10.9.9.9
ip route flush root 10.0.0.0/8
ip route del 128.0.0.0/1 metric 10
ip route show table all
ip route
ip route add 128.0.0.0/1 via 198.51.100.2 dev veth1 metric 10 table local
ip rule
ip route show match 10.1.2.3
ip route del throw 10.0.0.0/24 metric 20 table 200
ip route add throw 128.0.0.0/1 metric 0 table local
ip route del 10.0.0.0/16
ip route del prohibit 192.0.2.128/25 metric 20
route -n
route -n
ip route change blackhole 10.0.0.0/8 metric 20
ip route get 8.8.8.8
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route show match 10.1.2.3
ip route del 10.1.2.0/24
ip route change 10.1.2.0/24 nexthop via 198.51.100.3 weight 1 nexthop via 10.9.9.9 metric 20 table 200
ip route add unreachable 10.0.0.0/8 table 100
ip rule del iif veth1 pref 100 blackhole
ip route get 192.0.2.1 mark 7
ip route show dev veth0
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip link set veth2 up
ip route add unreachable 172.16.0.0/12
ip route get 8.8.8.8
ip route show root 10.0.0.0/8
ip link set veth3 up
ip route show table local
ip -d route
ip route
ip route replace 0.0.0.0/1 via 198.51.100.2 dev nosuch table 200
ip route add unreachable 10.0.0.0/16 metric 10
ip route
ip rule add fwmark 7 table 100
ip route show table all
ip rule
