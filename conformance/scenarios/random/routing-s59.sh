# Seeded random routing scenario (seed 59), from conformance/generators/routing.ts.
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
ip route get 10.1.2.4
ip route add unreachable 10.1.0.0/16 metric 0
ip route add prohibit 10.1.0.0/16 metric 10
ip route flush root 10.0.0.0/8
ip route get 8.8.8.8 oif veth2
ip route append 10.1.2.3 dev veth2 metric 10 table 1000
ip rule del iif veth1 pref 200 blackhole
ip route add 10.1.0.0/16 via 192.0.2.1 metric 20 table 100
ip route add 10.0.0.1/8 dev nosuch table 200
ip route add prohibit 10.0.0.0/24 metric 10 table local
ip route show table all
ip route add unreachable 10.1.0.0/16 metric 20
ip route show match 10.1.2.3
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route get 10.1.2.3
ip -j route
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 200
ip route del default
ip route get 203.0.113.9 mark 7
ip route show table local
ip route del 10.0.0.0/8
ip route del 10.0.0.0/16
ip rule add fwmark 7 pref 100 blackhole
ip route add 172.16.0.0/12 via 10.9.9.9 metric 10
ip route add 10.0.0.0/24 via 198.51.100.2 dev lo table 1000
ip route add 10.0.0.1/8 via 198.51.100.3 metric 20 table 1000
ip route get 198.51.100.7 mark 7
route -n
ip route flush table 100
ip route get 192.0.2.255 iif veth1 from 203.0.113.5
ip route get 198.51.100.7
ip route add throw 10.0.0.0/16 metric 20
ip route append prohibit 10.0.0.0/8 metric 0 table 100
ip route get 203.0.113.9 from 192.0.2.1
ip route replace throw 172.16.0.0/12 metric 0 table 100
ip route del default
ip route add blackhole default metric 0
ip -j route
ip route add blackhole 128.0.0.0/1
ip rule
ip rule del iif veth1 unreachable
ip route replace 172.16.0.0/12 via 198.51.100.3 metric 0 table local
ip route add 10.1.2.3 via 192.0.2.2 metric 0
ip route add default dev nosuch table 100
ip route del 10.0.0.0/16 via 192.0.2.3 metric 0
ip route flush proto boot
ip route add throw 172.16.0.0/12 table 200
ip route add 172.16.0.0/12 nexthop via 192.0.2.1 weight 2 nexthop via 198.51.100.3
ip route get 172.16.1.1 oif veth2
ip route show table all
ip rule
