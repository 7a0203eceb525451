# Seeded random routing scenario (seed 45), from conformance/generators/routing.ts.
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
ip -6 route
ip route del blackhole 10.1.2.3 metric 20 table 100
ip rule del iif veth1 pref 200 lookup 200
ip -j route
ip -6 route
ip -j route
ip route add throw 10.0.0.0/8 metric 10
ip route add throw 10.1.2.0/24
ip route del 172.16.0.0/12 metric 0 table 100
ip route add prohibit 10.1.2.0/24 table 200
ip route
ip route del default metric 10
ip route del 10.1.0.0/16
ip route add blackhole 192.0.2.128/25 table 100
ip route add throw 10.1.2.0/24 metric 0
ip route del 10.1.2.3
ip route del 0.0.0.0/1
ip route add 10.0.0.0/24 dev nosuch metric 0
ip route show root 10.0.0.0/8
ip route add 10.1.2.3 via 192.0.2.2 metric 0 table 100
ip route flush root 10.0.0.0/8
ip route get 127.0.0.1
ip route del 10.0.0.0/16 dev veth1 table 200
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
route -n
ip route show dev veth0
ip route get 198.51.100.7 oif veth2
ip route add blackhole 10.0.0.0/8 table local
ip route get 10.1.2.4
ip rule add fwmark 7 lookup 200
ip route add 10.1.2.0/24 dev lo metric 0
ip route show dev veth0
ip route del 10.0.0.0/8 nexthop via 192.0.2.2 weight 3 nexthop via 203.0.113.2 table local
ip route add unreachable 0.0.0.0/1 metric 10 table 100
ip route replace prohibit 10.1.0.0/16 metric 20
ip route get 172.16.1.1 oif veth2
ip route get 192.0.2.1 mark 7
route -n
ip route prepend 0.0.0.0/1 via 192.0.2.1
ip rule add to 172.16.0.0/12 pref 100 table main
ip route add 128.0.0.0/1 via 198.51.100.2 table local
ip route add 128.0.0.0/1 dev veth2 metric 0
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route add 192.0.2.128/25 nexthop via 192.0.2.2 weight 3 nexthop via 198.51.100.3 metric 0 table 200
ip route replace 10.1.2.0/24 dev lo metric 10
ip route flush table 100
ip route get 10.0.0.1 from 198.51.100.1
ip -6 route
ip route del 10.1.2.3
ip route add 10.0.0.0/16 via 192.0.2.2 metric 0
ip route show table all
ip rule
