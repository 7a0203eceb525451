# Seeded random routing scenario (seed 70), from conformance/generators/routing.ts.
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
ip route add 10.1.2.3 nexthop via 10.9.9.9 weight 1 nexthop via 203.0.113.2 metric 20 table 1000
route -n
ip route add 10.1.0.0/16 dev veth0 metric 10
ip route flush type blackhole
ip route add prohibit 10.0.0.0/24
ip route get 192.0.2.255
ip route show dev veth0
ip route show table 100
ip -j route
ip route del 128.0.0.0/1
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip -6 route
ip route show table local
ip route add prohibit 10.0.0.0/8 metric 0 table 200
ip route append blackhole 10.0.0.1/8 metric 10 table 1000
ip route append 10.0.0.0/24 dev lo table local
ip route show table 100
ip route get 172.16.1.1 oif veth2
ip route show table all
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip route add unreachable 10.0.0.0/24 metric 20
ip route add blackhole 10.0.0.0/8 metric 20 table 1000
ip route get 10.1.2.4 oif veth2
ip route del unreachable 10.1.2.0/24 table local
ip route get 172.16.1.1 oif veth2
ip route add throw default table 100
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route del 10.0.0.0/8
route -n
ip route flush table all
ip route get 8.8.8.8 oif veth2
ip route add 0.0.0.0/1 dev lo metric 20
ip route flush table all
ip route add prohibit 10.0.0.1/8 metric 20 table 200
ip route change blackhole 0.0.0.0/1 metric 20 table 100
ip route add default dev lo metric 0
ip route replace 128.0.0.0/1 via 10.9.9.9 table local
ip route get 127.0.0.1 oif veth2
ip route add default via 192.0.2.3 dev veth0 metric 10 table 100
ip route add throw 192.0.2.128/25 table 200
ip -6 route
ip route get 8.8.8.8
ip route flush type blackhole
ip route add blackhole 10.0.0.0/8 metric 10 table 1000
ip route add 0.0.0.0/1 via 198.51.100.2 metric 0 table 100
ip route show dev veth0
ip route get 10.0.0.1 iif veth1 from 203.0.113.5
ip route add throw 10.1.2.3 table local
ip route add 10.1.0.0/16 dev lo
ip route add throw 10.1.2.0/24 metric 10 table local
ip route show table all
ip rule
