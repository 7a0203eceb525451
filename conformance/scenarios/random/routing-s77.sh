# Seeded random routing scenario (seed 77), from conformance/generators/routing.ts.
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
ip route add unreachable 10.1.2.3 metric 0 table 1000
ip route
ip route add throw default metric 10 table 200
ip route del 10.0.0.0/16 via 198.51.100.2 metric 10 table 1000
ip route add 128.0.0.0/1 dev veth2 metric 20
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip link set veth2 down
ip route replace 192.0.2.128/25 via 192.0.2.1 metric 10 table local
ip route prepend default via 198.51.100.2 dev veth1 metric 10
ip -j route
ip route del 172.16.0.0/12
ip route get 172.16.1.1 oif veth2
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10
ip route replace 10.1.2.3 via 203.0.113.2 dev veth2 metric 10
ip route show root 10.0.0.0/8
ip route show table local
ip route add prohibit 10.0.0.0/16 metric 10
ip route show dev veth0
ip route add unreachable 10.1.2.0/24
ip route add prohibit 128.0.0.0/1 metric 10 table 1000
ip rule del iif veth1 pref 100 lookup 200
ip route add 10.0.0.0/24 dev lo metric 20 table local
ip route add 128.0.0.0/1 via 198.51.100.3 metric 10
ip route show table 100
ip route del 10.1.0.0/16 metric 20 table 1000
ip route add blackhole 10.0.0.0/8 metric 0 table 100
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route del 10.1.2.3 metric 10 table 200
ip route get 198.51.100.7 oif veth2
ip route add unreachable 10.0.0.0/16
ip route get 192.0.2.1 oif veth2
ip route flush root 10.0.0.0/8
ip route show dev veth0
ip route del unreachable 10.0.0.0/24 table 1000
ip route get 10.1.2.4 oif veth2
ip route show match 10.1.2.3
ip route get 10.1.2.3
ip route flush table all
ip route add 10.0.0.0/24 via 203.0.113.2 table 1000
ip route add 192.0.2.128/25 dev veth1 metric 20 table 1000
ip route change 0.0.0.0/1 dev nosuch
ip route del 0.0.0.0/1 metric 10 table 1000
ip route add 10.0.0.0/16 via 198.51.100.3 table 200
ip route get 127.0.0.1 mark 7
ip route add prohibit 10.1.0.0/16 metric 10 table local
ip route del blackhole 10.0.0.0/8 metric 10 table 100
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route show match 10.1.2.3
ip -j route
ip route add throw 192.0.2.128/25 metric 0 table 200
ip route show table all
ip rule
