# Seeded random routing scenario (seed 7), from conformance/generators/routing.ts.
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
ip route add throw 0.0.0.0/1 metric 10
ip route del 172.16.0.0/12
ip route add throw 10.0.0.0/24 metric 0
ip route add 10.1.0.0/16 dev lo table 1000
ip rule add iif veth1 pref 200 unreachable
ip -6 route
ip route add 10.1.2.0/24 via 192.0.2.2 table local
ip route prepend blackhole 192.0.2.128/25 metric 20
ip route append 10.0.0.1/8 via 192.0.2.3 metric 20
ip route add unreachable 192.0.2.128/25 metric 0 table 200
ip route show table all
ip rule add from 192.0.2.0/24 pref 200 table main
ip link set veth3 up
ip rule del from 10.0.0.0/8 pref 100 lookup 200
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route show root 10.0.0.0/8
ip route show dev veth0
ip route get 127.0.0.1 oif veth2
ip route append 10.0.0.0/8 nexthop via 10.9.9.9 weight 2 nexthop via 192.0.2.2 metric 20 table 200
ip route get 192.0.2.255
ip route show match 10.1.2.3
ip route show match 10.1.2.3
ip route show table all
ip route show root 10.0.0.0/8
ip rule add to 172.16.0.0/12 table main
ip rule
ip route get 192.0.2.255 mark 7
ip route get 192.0.2.255 oif veth2
ip route add unreachable 128.0.0.0/1 table 100
ip route flush root 10.0.0.0/8
ip route add 10.1.2.3 dev veth0
ip route add 10.0.0.1/8 nexthop via 192.0.2.2 weight 1 nexthop via 198.51.100.2 metric 10 table local
ip route prepend prohibit 0.0.0.0/1 metric 10 table local
ip route del 10.1.0.0/16
ip route change 10.1.2.0/24 dev nosuch metric 10 table 1000
ip rule add to 172.16.0.0/12 pref 100 lookup 200
ip route show root 10.0.0.0/8
ip -d route
ip route flush proto boot
ip route get 192.0.2.255 oif veth2
ip route get 10.0.5.5 mark 7
ip route del unreachable 10.0.0.1/8
ip route add prohibit 192.0.2.128/25 metric 0 table 1000
ip route add throw 10.1.0.0/16 metric 10
ip route get 192.0.2.1 mark 7
ip route get 198.51.100.7 mark 7
ip route add prohibit 10.1.2.3 metric 20 table 100
ip rule add from 192.0.2.0/24 pref 200 table 100
ip route add 172.16.0.0/12 via 192.0.2.1 metric 0 table 100
ip route show table local
ip route show table all
ip rule
