# Seeded random routing scenario (seed 41), from conformance/generators/routing.ts.
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
ip rule add fwmark 7 pref 200 blackhole
ip route show dev veth0
ip route add unreachable 128.0.0.0/1 table 1000
ip route del 172.16.0.0/12
ip route append prohibit 10.0.0.0/24 metric 20 table 100
ip route flush type blackhole
ip route add prohibit 10.1.2.3
ip route get 192.0.2.200
ip rule
ip route add 10.0.0.0/24 via 198.51.100.3 table 100
ip route add 10.0.0.1/8 dev veth1 metric 0
ip route add blackhole 10.0.0.1/8 metric 10 table 1000
ip route add unreachable 10.1.0.0/16
ip route show match 10.1.2.3
ip route add 192.0.2.128/25 via 10.9.9.9
ip route get 10.1.2.4 iif veth1 from 203.0.113.5
ip route get 198.51.100.7 from 198.51.100.1
ip route add throw 10.1.0.0/16 metric 10
ip route show match 10.1.2.3
ip route add unreachable 10.1.0.0/16 metric 10
ip route add prohibit 10.1.0.0/16 metric 0 table 100
ip -6 route
ip route flush type blackhole
ip route add 10.1.0.0/16 nexthop via 192.0.2.1 weight 1 nexthop via 192.0.2.2 metric 10 table 100
ip route show table 100
ip route flush table all
ip route del 128.0.0.0/1
ip route add 10.0.0.1/8 via 192.0.2.1 dev nosuch table 200
ip route add unreachable 10.1.0.0/16 metric 0
ip route del 10.0.0.1/8 metric 10 table local
ip route get 10.0.0.1 mark 7
ip route add unreachable 10.1.0.0/16 metric 10
ip route add blackhole 10.0.0.0/24 metric 0 table local
ip route add unreachable 10.0.0.0/8 metric 20 table 200
ip route add throw 10.1.2.3 metric 20 table 200
ip route add unreachable 0.0.0.0/1 metric 10
ip route add default dev veth1 metric 0
ip route show dev veth0
ip -d route
ip route del 10.0.0.1/8 dev veth0 metric 20 table 1000
ip -j route
ip route add prohibit 172.16.0.0/12 metric 10 table local
ip route add throw 172.16.0.0/12 metric 10
ip -j route
ip route prepend 10.1.2.0/24 via 198.51.100.2 metric 0 table 200
ip route del 172.16.0.0/12 metric 0 table 1000
ip route add prohibit 10.0.0.0/8 table 200
ip route flush root 10.0.0.0/8
ip route add 0.0.0.0/1 via 192.0.2.1 metric 0 table 200
ip link set veth0 down
ip route show table all
ip rule
