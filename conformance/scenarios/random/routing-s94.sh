# Seeded random routing scenario (seed 94), from conformance/generators/routing.ts.
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
ip route add throw default metric 0 table local
ip route replace blackhole 10.1.2.0/24 metric 10 table 200
ip route add blackhole 10.0.0.0/24 metric 0
ip route add throw 10.0.0.0/16 table 1000
ip route get 8.8.8.8 from 198.51.100.1
ip route add 10.1.2.3 via 192.0.2.1 metric 10
ip route get 172.16.1.1
ip rule del fwmark 7 pref 200 lookup 200
ip route del 10.1.0.0/16 metric 0 table 1000
ip route add unreachable 192.0.2.128/25
ip route del 0.0.0.0/1 metric 20 table 1000
ip route get 192.0.2.200
ip route add 10.0.0.1/8 via 192.0.2.2 table local
ip route
ip route replace 10.0.0.0/24 nexthop via 203.0.113.2 weight 3 nexthop via 192.0.2.1 table 200
ip route add prohibit 10.0.0.0/8 table 1000
ip route replace 10.1.0.0/16 via 192.0.2.1
ip route add blackhole 128.0.0.0/1 metric 0 table 200
ip route add throw 10.1.2.3 table 200
ip route show root 10.0.0.0/8
ip route show table all
ip route add 10.1.2.0/24 dev veth0
ip route add throw 0.0.0.0/1
ip route add 128.0.0.0/1 dev lo metric 0 table 200
route -n
ip rule add iif veth1 unreachable
ip route get 10.1.2.3 from 198.51.100.1
ip route del 10.1.2.0/24
ip route add prohibit 10.0.0.0/24 table 200
ip route get 10.1.2.3 oif veth2
ip rule add iif veth1 table 100
ip route add 10.0.0.1/8 nexthop via 10.9.9.9 weight 3 nexthop via 203.0.113.2
ip route show table 100
ip route add 10.0.0.1/8 dev veth1 metric 20
ip route add 192.0.2.128/25 dev lo metric 10 table local
ip route get 10.1.2.4 iif veth1 from 203.0.113.5
ip route show table all
ip route flush type blackhole
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route replace 172.16.0.0/12 via 192.0.2.3 table 100
ip route change unreachable 10.1.0.0/16 table 100
ip route add blackhole 10.0.0.0/24 table 1000
ip route get 192.0.2.1 from 192.0.2.1
ip route add 192.0.2.128/25 via 198.51.100.2 metric 20
ip route append 128.0.0.0/1 dev veth0 table 1000
ip route
ip route get 192.0.2.255 from 192.0.2.1
ip route del 192.0.2.128/25
ip route add 0.0.0.0/1 via 198.51.100.2 metric 20 table 200
ip -d route
ip route show table all
ip rule
