# Seeded random routing scenario (seed 74), from conformance/generators/routing.ts.
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
ip route get 192.0.2.255 oif veth2
ip route get 10.1.2.4 from 198.51.100.1
ip route add prohibit 10.0.0.1/8 metric 0
ip route add blackhole 10.0.0.0/8 metric 0 table 200
ip route replace 10.1.0.0/16 via 198.51.100.2 table 200
ip route del blackhole 10.1.0.0/16 metric 0 table 1000
ip route add unreachable default
ip route show root 10.0.0.0/8
ip route add blackhole 10.1.0.0/16 metric 0 table local
ip link set veth2 down
ip route add unreachable 10.1.2.0/24 metric 0
ip route add throw 10.0.0.0/8 table local
ip route show dev veth0
ip route get 203.0.113.9 oif veth2
ip route show dev veth0
ip route del throw 192.0.2.128/25 metric 20 table local
ip route prepend 192.0.2.128/25 via 203.0.113.2 metric 20 table local
ip route show table 100
ip route add 192.0.2.128/25 nexthop via 192.0.2.2 weight 3 nexthop via 192.0.2.3
ip rule del from 192.0.2.0/24 pref 100 blackhole
ip route get 192.0.2.255 from 198.51.100.1
ip route show dev veth0
ip route change 10.1.0.0/16 dev veth2 metric 20 table 100
ip route del throw 172.16.0.0/12 table 1000
ip route add unreachable 10.1.2.3
ip route add 10.1.0.0/16 nexthop via 198.51.100.2 weight 1 nexthop via 192.0.2.1 metric 20 table 200
ip route get 172.16.1.1 mark 7
ip route
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route show dev veth0
ip route get 127.0.0.1
ip route add blackhole 128.0.0.0/1 table 200
ip route add prohibit 10.0.0.0/16 metric 20 table 100
ip -j route
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route del unreachable default
ip route del 10.1.2.0/24 metric 0 table 100
ip route add 10.1.2.0/24 dev veth0 table 1000
ip route show table 100
ip route del 10.1.2.0/24 metric 0
ip route get 10.0.0.1 from 192.0.2.1
ip route add prohibit 192.0.2.128/25 table 100
ip rule
ip route get 192.0.2.200 oif veth2
ip rule add fwmark 7 pref 100 blackhole
ip -6 route
ip -j route
ip route change 0.0.0.0/1 dev lo metric 10
ip route show table all
ip route append throw 10.0.0.1/8 table 1000
ip route show table all
ip rule
