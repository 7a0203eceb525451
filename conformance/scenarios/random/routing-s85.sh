# Seeded random routing scenario (seed 85), from conformance/generators/routing.ts.
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
ip route del default metric 0 table 1000
ip route get 172.16.1.1 oif veth2
ip route show table 100
ip -6 route
ip route show match 10.1.2.3
ip route get 172.16.1.1 oif veth2
ip route add 192.0.2.128/25 dev veth0
ip -d route
ip route show match 10.1.2.3
ip route show root 10.0.0.0/8
ip rule
ip link set veth3 up
ip route add 10.0.0.0/16 via 192.0.2.2 table 100
ip -j route
ip route del blackhole 10.0.0.0/24 metric 10
ip route add blackhole 172.16.0.0/12
ip route del 10.1.2.0/24
ip route show table all
ip rule
ip -6 route
ip route change 10.0.0.1/8 via 192.0.2.1 dev veth2 table 1000
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip rule
ip route del unreachable 192.0.2.128/25 table local
ip route add 128.0.0.0/1 dev veth0 metric 20
ip route get 192.0.2.255
ip route add 10.1.2.0/24 dev veth2 metric 20
ip route add prohibit 192.0.2.128/25 metric 20
ip route add 192.0.2.128/25 via 192.0.2.3 metric 20 table 100
ip route get 10.0.0.1 iif veth1 from 203.0.113.5
ip -6 route
ip route get 10.0.0.1
ip route del 0.0.0.0/1
ip route change default dev nosuch metric 20 table 200
ip route add prohibit default table 100
ip route del 128.0.0.0/1
ip rule add to 172.16.0.0/12 blackhole
ip route show table all
ip route show dev veth0
route -n
ip route del throw default metric 10 table 200
ip route del 10.1.2.3
ip route change unreachable 10.0.0.0/24 metric 20
ip route
ip route del 10.0.0.0/16 table 1000
ip route get 8.8.8.8
ip route flush type blackhole
ip route get 10.0.0.1 from 198.51.100.1
ip route get 127.0.0.1 from 198.51.100.1
ip route show match 10.1.2.3
ip route show table all
ip rule
