# Seeded random routing scenario (seed 2), from conformance/generators/routing.ts.
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
ip route prepend blackhole 10.0.0.1/8 metric 10
ip route show table all
ip route show table 100
ip route del prohibit 172.16.0.0/12 metric 20
ip route add 192.0.2.128/25 dev lo metric 0
ip route del 10.0.0.0/8 metric 0
ip rule add iif veth1 unreachable
ip -6 route
ip route del default metric 10
ip route show root 10.0.0.0/8
ip route change throw 10.1.2.3
ip route show table local
ip route del prohibit 10.0.0.1/8 metric 10
ip route add 172.16.0.0/12 via 198.51.100.2 metric 0
ip -j route
ip route del 0.0.0.0/1
ip route add default via 192.0.2.3 metric 20 table 1000
ip route get 10.0.5.5 mark 7
ip route
ip link set veth2 up
ip route show dev veth0
ip rule add from 192.0.2.0/24 pref 100 lookup 200
ip link set veth2 up
ip rule add to 172.16.0.0/12 pref 200 blackhole
ip rule add from 10.0.0.0/8 table main
ip route add throw 10.0.0.0/24 metric 0
ip route replace throw 10.1.2.0/24 metric 10 table local
ip -j route
ip route del throw 192.0.2.128/25 metric 10 table local
ip route show table local
ip route add throw 10.0.0.0/16
ip route get 127.0.0.1 mark 7
ip -j route
ip route
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route add blackhole 10.0.0.0/24 table 1000
ip link set veth3 down
ip route get 10.0.5.5 from 198.51.100.1
ip route add 10.0.0.0/16 nexthop via 192.0.2.2 weight 2 nexthop via 198.51.100.3 metric 10
ip route replace throw 10.0.0.0/16 metric 20 table 200
ip route add 10.1.2.3 via 198.51.100.3 dev lo metric 20 table 100
ip route get 10.0.5.5 oif veth2
ip route add unreachable 10.0.0.0/8 metric 0
ip route add 192.0.2.128/25 via 198.51.100.3 metric 10 table 200
ip route del 172.16.0.0/12 dev veth1 metric 10 table 200
ip route prepend 10.1.2.3 nexthop via 192.0.2.3 weight 1 nexthop via 192.0.2.2 table 100
ip route del blackhole 128.0.0.0/1 metric 10 table local
ip route flush dev veth0
ip -j route
ip route add throw 0.0.0.0/1 metric 10 table local
ip route show table all
ip rule
