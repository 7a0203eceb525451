# Seeded random routing scenario (seed 47), from conformance/generators/routing.ts.
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
ip route add blackhole 172.16.0.0/12 metric 20 table 200
ip link set veth0 up
ip route add 10.1.2.0/24 via 198.51.100.3 metric 10 table local
ip route add unreachable default table 100
ip -6 route
ip route get 127.0.0.1
route -n
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip route add 172.16.0.0/12 dev veth2
ip route add throw 10.1.2.0/24 metric 20
ip route change default dev veth1 metric 10 table 1000
ip route show dev veth0
ip route show table 100
ip route add 10.0.0.0/8 dev veth2 table 1000
ip route add 192.0.2.128/25 via 203.0.113.2 metric 10
ip route get 10.0.0.1 mark 7
ip route prepend throw 10.0.0.0/24 metric 0
ip route add 192.0.2.128/25 via 198.51.100.2 metric 10 table 200
ip route replace throw 10.0.0.0/16 metric 20 table 200
ip route
ip route add 10.1.2.3 via 10.9.9.9
ip route del prohibit 10.0.0.0/16
ip route add throw 0.0.0.0/1 metric 0
ip route add prohibit 10.1.0.0/16 metric 0
ip route prepend throw 10.0.0.0/8 metric 10
ip route add unreachable 0.0.0.0/1 metric 0
ip route get 172.16.1.1 from 192.0.2.1
ip route add throw 192.0.2.128/25 metric 10 table 200
ip route get 8.8.8.8 mark 7
ip route show table 100
ip rule del fwmark 7 pref 200 unreachable
ip route add 172.16.0.0/12 dev veth0
ip route prepend unreachable 10.0.0.1/8 metric 10 table 200
ip route add throw 192.0.2.128/25
ip route get 198.51.100.7
ip route show root 10.0.0.0/8
route -n
ip route add 172.16.0.0/12 dev veth0 metric 0
ip route flush type blackhole
ip route get 198.51.100.7 oif veth2
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route add 10.0.0.0/8 nexthop via 203.0.113.2 weight 3 nexthop via 198.51.100.3 metric 0
ip route replace 10.1.2.0/24 dev nosuch
ip route flush proto boot
ip route
ip route add unreachable 0.0.0.0/1 metric 20 table local
ip route add prohibit 10.0.0.0/24
ip route add unreachable 192.0.2.128/25 metric 20
ip route get 203.0.113.9 oif veth2
ip route del unreachable 10.1.2.3 table 1000
ip route show table all
ip rule
