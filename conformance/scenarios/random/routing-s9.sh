# Seeded random routing scenario (seed 9), from conformance/generators/routing.ts.
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
ip route show table all
ip rule
ip route get 10.1.2.4 from 198.51.100.1
ip route add unreachable 0.0.0.0/1 table 1000
ip route add prohibit default metric 10 table 1000
ip route show dev veth0
ip route show table 100
ip route get 172.16.1.1
ip route show table 100
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip route show root 10.0.0.0/8
ip route add blackhole 10.1.0.0/16 metric 20 table 200
ip route get 192.0.2.200 mark 7
ip route flush dev veth0
ip route show match 10.1.2.3
ip route get 192.0.2.200 mark 7
route -n
ip route add prohibit 10.0.0.0/16 metric 20 table 1000
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route add unreachable 192.0.2.128/25 metric 0 table 200
ip -j route
ip route show table local
ip route get 203.0.113.9
ip link set veth2 down
ip rule add fwmark 7 table main
ip route get 192.0.2.200 from 198.51.100.1
ip route
ip route add unreachable 0.0.0.0/1 table 1000
ip route get 10.0.0.1 oif veth2
ip route add 10.0.0.0/16 via 192.0.2.3 table local
ip route add prohibit 0.0.0.0/1 table 1000
ip rule del from 192.0.2.0/24 pref 100 lookup 200
route -n
ip route add 10.1.2.0/24 nexthop via 198.51.100.3 weight 2 nexthop via 10.9.9.9 metric 20 table 100
ip route
ip route add throw 10.0.0.1/8 metric 0 table local
ip -6 route
ip -j route
ip route del 10.0.0.0/8 metric 10
ip route del 10.0.0.1/8 table 100
ip route add 10.0.0.0/24 dev nosuch metric 10
ip route del 10.0.0.0/24
ip route get 192.0.2.1
ip route change throw 10.1.0.0/16 metric 20
ip link set veth0 up
ip route replace blackhole 172.16.0.0/12 metric 20
ip route add throw 128.0.0.0/1 metric 0
ip route add unreachable 10.0.0.0/16 metric 20 table local
ip route add throw 0.0.0.0/1 metric 0
ip route show table all
ip rule
