# Seeded random routing scenario (seed 5), from conformance/generators/routing.ts.
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
ip route show table 100
ip route get 10.0.5.5 mark 7
ip route get 8.8.8.8 from 198.51.100.1
ip route add prohibit 0.0.0.0/1 table 100
ip route change 128.0.0.0/1 dev veth1 table local
ip route add 10.0.0.0/16 dev nosuch
ip route show table local
ip route del 0.0.0.0/1 metric 0 table 100
ip route get 10.0.5.5 mark 7
ip link set veth0 up
ip route get 10.0.0.1 from 198.51.100.1
ip route prepend throw 10.0.0.0/24 table local
ip route add throw 10.0.0.0/8 table local
ip route replace 10.0.0.0/8 dev veth2 table 1000
ip route add prohibit 192.0.2.128/25 metric 10 table local
ip route show root 10.0.0.0/8
ip rule
ip rule add to 172.16.0.0/12 pref 100 table 100
ip route add prohibit 10.0.0.0/16 table local
ip route get 172.16.1.1
ip route add throw 10.1.0.0/16 metric 20 table local
ip route add prohibit 192.0.2.128/25
ip route del 10.1.2.3 nexthop via 198.51.100.2 weight 3 nexthop via 192.0.2.2 metric 0
ip route replace 0.0.0.0/1 via 192.0.2.3 metric 0 table 200
ip route del 10.1.2.0/24 table 200
ip link set veth3 up
ip route add 10.0.0.0/24 via 192.0.2.3 metric 0 table 100
ip route add prohibit default metric 0 table local
ip route show table 100
ip route add prohibit 10.1.0.0/16 metric 20
ip route get 192.0.2.200
ip route add unreachable 128.0.0.0/1 metric 20 table 200
ip route del 10.0.0.0/8
ip rule add to 172.16.0.0/12 pref 100 blackhole
ip route get 172.16.1.1
ip route
ip route replace 10.0.0.0/16 nexthop via 192.0.2.2 weight 2 nexthop via 198.51.100.2
ip -j route
ip route add unreachable 0.0.0.0/1 metric 10
ip route add throw 192.0.2.128/25 metric 10
ip route get 8.8.8.8 from 192.0.2.1
ip route add blackhole 192.0.2.128/25
ip route show table 100
ip rule
ip link set veth0 up
ip route
ip route show dev veth0
ip rule add to 172.16.0.0/12 pref 100 table main
ip route add 10.0.0.0/8 via 10.9.9.9 metric 10 table local
ip route show root 10.0.0.0/8
ip route show table all
ip rule
