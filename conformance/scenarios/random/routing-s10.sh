# Seeded random routing scenario (seed 10), from conformance/generators/routing.ts.
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
ip rule
ip route show dev veth0
ip route del 10.0.0.0/16 via 192.0.2.1 metric 0
route -n
ip route add 0.0.0.0/1 dev veth2
ip route del 10.0.0.0/16
ip route flush proto boot
ip route get 192.0.2.1
ip route del throw 10.0.0.0/24 metric 20 table 200
ip route get 127.0.0.1 mark 7
ip route show root 10.0.0.0/8
ip route del 10.1.2.3 metric 10
ip route del throw 192.0.2.128/25
ip route add 0.0.0.0/1 via 10.9.9.9 dev nosuch
ip route add throw 10.0.0.1/8 metric 20 table local
ip rule add to 172.16.0.0/12 unreachable
ip route change 172.16.0.0/12 via 10.9.9.9 dev veth2 metric 10 table local
ip route show dev veth0
ip route add 10.0.0.0/8 via 198.51.100.2 dev lo metric 20 table 100
ip route add 10.1.0.0/16 dev veth2 metric 20
ip route get 192.0.2.255 mark 7
ip route add 10.0.0.0/24 via 198.51.100.3 dev lo metric 20 table local
ip route add blackhole 10.1.0.0/16
ip route add throw 128.0.0.0/1 metric 0
ip route add 128.0.0.0/1 nexthop via 192.0.2.3 weight 1 nexthop via 198.51.100.3 table local
ip route show table all
ip route append prohibit 192.0.2.128/25 metric 0
ip route add prohibit 10.0.0.1/8
ip rule add fwmark 7 blackhole
ip rule add from 10.0.0.0/8 pref 100 blackhole
ip route flush proto boot
ip route del 192.0.2.128/25
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route add unreachable 192.0.2.128/25 table local
ip route del default metric 10
ip route get 192.0.2.1 from 198.51.100.1
ip -6 route
ip rule
ip route del 10.0.0.0/16
ip route del unreachable 192.0.2.128/25 metric 10
ip route del 10.0.0.1/8 metric 10
ip route add 10.1.2.0/24 via 192.0.2.1
ip route add throw 0.0.0.0/1 metric 10 table 100
ip -d route
ip route add unreachable 128.0.0.0/1 metric 20
ip route append unreachable 10.0.0.1/8 metric 20 table 100
ip link set veth0 up
ip route show root 10.0.0.0/8
ip route flush table all
ip route del prohibit 10.1.2.3 metric 20
ip route show table all
ip rule
