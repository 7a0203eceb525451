# Seeded random routing scenario (seed 88), from conformance/generators/routing.ts.
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
ip route get 172.16.1.1 from 192.0.2.1
ip route del 192.0.2.128/25
ip route flush root 10.0.0.0/8
ip route add 10.0.0.0/16 nexthop via 192.0.2.2 weight 1 nexthop via 10.9.9.9 table 1000
ip route get 10.1.2.3 iif veth1 from 203.0.113.5
ip route get 172.16.1.1 from 198.51.100.1
ip route del 10.0.0.1/8 dev veth2
ip route replace throw 128.0.0.0/1 metric 10 table 1000
ip route del 192.0.2.128/25
ip -6 route
ip route get 10.0.0.1
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 1000
ip route add default dev veth0
ip route get 192.0.2.1 oif veth2
ip route add default dev nosuch metric 0 table local
ip rule del from 10.0.0.0/8 unreachable
ip route get 10.0.0.1 mark 7
ip route del 172.16.0.0/12 metric 20 table local
ip route add prohibit 192.0.2.128/25
ip route prepend 172.16.0.0/12 nexthop via 198.51.100.2 weight 3 nexthop via 192.0.2.3 metric 20 table 200
ip route add 192.0.2.128/25 dev veth2 metric 0 table local
ip rule add from 10.0.0.0/8 pref 200 table main
ip route add 10.1.2.3 dev nosuch metric 20
ip route add throw default table 100
ip route flush table 100
route -n
ip route del blackhole 128.0.0.0/1 table local
ip route add prohibit 10.1.2.0/24
ip route add unreachable default
ip route add prohibit 0.0.0.0/1 table 1000
ip -6 route
ip route add 0.0.0.0/1 via 192.0.2.3 metric 0 table 1000
ip -j route
ip rule add from 192.0.2.0/24 pref 200 table main
ip link set veth3 up
ip route add throw 10.0.0.0/16 metric 20 table 100
ip route add 10.0.0.0/24 dev veth2 metric 20
ip route get 192.0.2.255
ip route add 172.16.0.0/12 via 203.0.113.2 table 1000
ip route del 10.0.0.1/8 metric 20
ip route get 198.51.100.7 mark 7
ip route add unreachable 172.16.0.0/12 table 100
ip link set veth0 up
ip link set veth0 up
ip route add 128.0.0.0/1 dev lo
ip route get 10.0.5.5
ip route add prohibit 10.1.2.3 table local
ip -d route
ip route add blackhole 10.0.0.0/8 metric 20 table 200
ip route add blackhole 10.0.0.0/16 table 100
ip route show table all
ip rule
