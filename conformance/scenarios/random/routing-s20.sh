# Seeded random routing scenario (seed 20), from conformance/generators/routing.ts.
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
ip route del unreachable 10.1.0.0/16 table local
ip route add blackhole 10.0.0.0/24 metric 0
ip route add 10.0.0.0/16 via 198.51.100.2 metric 0 table 1000
route -n
ip route append blackhole 10.0.0.0/24 metric 10
ip route add 128.0.0.0/1 via 10.9.9.9 metric 20 table 1000
ip rule add from 192.0.2.0/24 table 100
ip route del 10.1.2.3
ip link set veth3 down
ip route get 10.0.0.1
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip rule del iif veth1 pref 100 unreachable
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route add blackhole 10.0.0.0/24
route -n
ip route show table local
ip route change 192.0.2.128/25 via 192.0.2.3 metric 10 table local
ip route change blackhole 10.0.0.0/24 metric 0 table 100
ip route flush dev veth0
ip route show table local
ip route get 10.0.0.1 oif veth2
ip route add blackhole 10.0.0.0/8 table 100
ip route append 0.0.0.0/1 via 10.9.9.9 table 100
ip route del default via 192.0.2.1 metric 0
ip -j route
ip route add 172.16.0.0/12 dev nosuch metric 10 table 1000
ip rule add to 172.16.0.0/12 pref 200 table 100
ip route add blackhole 10.1.2.0/24 metric 0
ip route add prohibit 10.1.2.0/24 table local
ip rule
ip route show root 10.0.0.0/8
ip route add prohibit 172.16.0.0/12 metric 10 table 100
ip -6 route
ip route show root 10.0.0.0/8
ip route add throw 10.0.0.1/8 metric 20
ip route get 10.0.5.5 oif veth2
ip route get 10.0.0.1 from 198.51.100.1
ip route get 203.0.113.9 oif veth2
ip route show root 10.0.0.0/8
ip link set veth3 up
ip route get 192.0.2.1 oif veth2
ip -d route
ip route change 10.0.0.0/16 nexthop via 192.0.2.1 weight 1 nexthop via 192.0.2.2
ip -d route
ip -6 route
ip route show match 10.1.2.3
ip route show match 10.1.2.3
ip rule del fwmark 7 pref 100 table 100
ip route add 10.0.0.0/16 via 198.51.100.2 metric 0
ip route show match 10.1.2.3
ip route show table all
ip rule
