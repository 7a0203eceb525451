# Seeded random routing scenario (seed 90), from conformance/generators/routing.ts.
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
sysctl -w net.ipv4.ip_forward=1
ip route add 10.1.2.0/24 dev lo metric 10
ip route show table 100
ip route del throw 10.1.0.0/16 metric 0 table 1000
ip route add blackhole default table local
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 200
ip route add 10.0.0.0/16 dev nosuch metric 0
ip -6 route
ip route change 10.1.2.3 via 10.9.9.9 metric 0 table local
ip route replace throw 0.0.0.0/1 metric 0 table 1000
ip route change 128.0.0.0/1 via 10.9.9.9 dev veth2
ip -d route
ip route replace blackhole 128.0.0.0/1 metric 0
ip route add unreachable default metric 10 table local
ip route get 198.51.100.7 oif veth2
ip route show table local
ip link set veth0 up
ip rule del iif veth1 unreachable
ip route append 10.0.0.0/24 nexthop via 203.0.113.2 weight 2 nexthop via 198.51.100.2 metric 10
ip route get 192.0.2.1 from 192.0.2.1
ip link set veth2 down
ip route add 10.0.0.1/8 dev veth1 metric 10
ip route del 10.1.0.0/16
ip route flush table all
ip -6 route
route -n
ip -6 route
ip route add unreachable 10.1.0.0/16 metric 0 table 100
ip route add throw 192.0.2.128/25 metric 0 table local
ip route add prohibit 10.1.2.3 table 100
ip route show table all
ip route add 10.1.2.3 via 198.51.100.2 dev nosuch metric 10 table local
ip route add prohibit 192.0.2.128/25
ip route get 8.8.8.8 iif veth1 from 203.0.113.5
ip route get 203.0.113.9 mark 7
ip route add prohibit 10.0.0.1/8 metric 0 table 1000
ip route show table local
ip route add prohibit 10.1.0.0/16 metric 20 table local
ip route add unreachable 10.1.0.0/16 metric 10
ip rule del to 172.16.0.0/12 pref 100 table main
route -n
ip route add prohibit 10.1.0.0/16 table 200
ip route add prohibit 0.0.0.0/1
ip route get 192.0.2.255 iif veth1 from 203.0.113.5
ip -j route
ip route show dev veth0
ip link set veth3 up
ip route add 192.0.2.128/25 via 192.0.2.3 metric 0 table 1000
ip route prepend 10.0.0.0/16 via 198.51.100.2 metric 0
ip route add throw default metric 20 table local
ip route del 10.0.0.0/24 dev veth1 metric 0 table local
ip route show table all
ip rule
