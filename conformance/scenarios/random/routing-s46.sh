# Seeded random routing scenario (seed 46), from conformance/generators/routing.ts.
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
ip route show dev veth0
ip route show table 100
ip route add unreachable 10.0.0.0/8 metric 20 table 100
ip route add unreachable 192.0.2.128/25 metric 20 table 1000
ip route add 10.1.0.0/16 via 192.0.2.1 metric 20
ip route replace 10.0.0.0/16 via 198.51.100.3 metric 20
ip route get 203.0.113.9 oif veth2
ip route add throw 10.0.0.1/8 table 200
ip route get 198.51.100.7 from 192.0.2.1
ip route del default metric 10 table 100
ip route show root 10.0.0.0/8
ip route del 10.0.0.1/8 table 100
ip route change blackhole 10.1.2.0/24 metric 0
ip route del 192.0.2.128/25
ip route add 10.0.0.0/16 via 10.9.9.9 metric 0
ip link set veth2 up
ip route add throw 10.0.0.0/24 metric 10 table 100
ip route del default metric 20 table 100
ip link set veth0 up
ip route add 10.0.0.0/24 via 10.9.9.9
ip route get 8.8.8.8
ip route show dev veth0
route -n
ip -j route
ip route flush table 100
ip route flush root 10.0.0.0/8
ip route add default via 10.9.9.9 table local
ip route add unreachable 10.1.2.3 metric 10
ip route add prohibit 10.1.2.0/24 metric 0
ip -j route
ip rule add from 192.0.2.0/24 table main
ip rule del from 10.0.0.0/8 table 100
ip route flush root 10.0.0.0/8
ip route get 10.0.0.1 mark 7
ip -d route
ip route add blackhole 10.1.2.3 metric 10 table 200
ip route show match 10.1.2.3
ip rule del from 192.0.2.0/24 pref 200 lookup 200
ip route add 10.0.0.0/16 via 10.9.9.9 metric 0 table 1000
ip route
ip route del 0.0.0.0/1 metric 20 table local
ip route add 10.1.0.0/16 via 203.0.113.2
ip route add 10.0.0.1/8 nexthop via 198.51.100.3 weight 1 nexthop via 203.0.113.2
ip route add throw 10.0.0.1/8 table 1000
ip route add 10.0.0.1/8 nexthop via 192.0.2.1 weight 3 nexthop via 10.9.9.9 table 1000
ip route get 8.8.8.8 from 198.51.100.1
ip route get 192.0.2.200 from 192.0.2.1
ip route add 172.16.0.0/12 via 203.0.113.2 metric 20 table local
ip route add throw 10.1.2.3 table local
ip route get 10.1.2.4 from 198.51.100.1
ip route show table all
ip rule
