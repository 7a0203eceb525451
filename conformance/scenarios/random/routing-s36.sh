# Seeded random routing scenario (seed 36), from conformance/generators/routing.ts.
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
ip route show table local
ip route add prohibit 10.0.0.1/8 metric 0 table local
ip route add blackhole 10.1.2.0/24 metric 0
route -n
ip route show table local
route -n
ip route add 10.0.0.0/16 via 192.0.2.1
ip rule add from 10.0.0.0/8 pref 200 lookup 200
ip route add 10.0.0.0/24 via 192.0.2.3 dev veth0 metric 0
ip -6 route
ip route add prohibit 128.0.0.0/1 metric 20
ip link set veth2 up
ip route add prohibit 128.0.0.0/1 metric 0 table local
ip route get 8.8.8.8 from 198.51.100.1
ip route del 10.0.0.0/8 metric 20 table local
ip route show match 10.1.2.3
ip route replace default dev lo metric 20 table 100
ip route del 10.0.0.0/16
ip route add 10.0.0.0/24 dev lo metric 20
ip route del 10.0.0.1/8
ip route show table all
ip rule add from 192.0.2.0/24 pref 200 unreachable
ip -j route
ip route add unreachable 10.0.0.0/16 metric 0
ip route add throw 10.1.2.0/24 table local
ip route
ip -d route
ip link set veth3 up
ip route get 10.0.0.1 from 192.0.2.1
ip route add blackhole 172.16.0.0/12 table 100
ip route get 192.0.2.255 mark 7
ip route get 10.1.2.4 from 198.51.100.1
ip route change 128.0.0.0/1 via 198.51.100.2 metric 10
ip route add 10.0.0.1/8 dev veth2 metric 10
ip route add unreachable 10.0.0.0/24
ip route show match 10.1.2.3
ip route add unreachable 10.0.0.0/24
ip route del 10.0.0.0/16
ip -6 route
ip route show table 100
ip route show root 10.0.0.0/8
route -n
ip -d route
ip route show table local
ip route show match 10.1.2.3
ip route add prohibit 128.0.0.0/1
ip route del blackhole 0.0.0.0/1 metric 10 table local
ip route get 192.0.2.255 from 198.51.100.1
ip route get 8.8.8.8 from 198.51.100.1
ip route add 172.16.0.0/12 nexthop via 192.0.2.2 weight 1 nexthop via 198.51.100.2 metric 20 table 200
ip route show table all
ip rule
