# Seeded random routing scenario (seed 8), from conformance/generators/routing.ts.
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
ip route get 10.1.2.4 mark 7
ip link set veth2 up
ip route add blackhole 10.0.0.0/8 table 100
ip route add 192.0.2.128/25 dev veth0
ip rule add iif veth1 pref 200 table 100
ip route del 0.0.0.0/1 metric 0 table 100
ip route show match 10.1.2.3
ip route prepend 10.1.0.0/16 nexthop via 198.51.100.3 weight 2 nexthop via 192.0.2.2 metric 10 table local
ip route show table 100
ip route
ip rule add from 10.0.0.0/8 pref 100 table 100
ip route add throw 10.0.0.1/8
ip route show match 10.1.2.3
ip -j route
ip route del 10.1.0.0/16 metric 0 table 1000
ip link set veth3 up
ip route append unreachable 10.1.2.0/24 metric 0
ip rule add iif veth1 pref 100 blackhole
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip -j route
ip route add throw 10.0.0.0/8 table 200
ip route change 172.16.0.0/12 via 203.0.113.2
ip route add prohibit 128.0.0.0/1 metric 10 table 100
ip route get 10.1.2.4
ip rule add from 10.0.0.0/8 pref 100 lookup 200
ip rule add from 10.0.0.0/8 pref 200 table 100
ip route flush table all
ip route get 8.8.8.8 mark 7
ip route add 0.0.0.0/1 dev nosuch
ip -d route
ip rule add to 172.16.0.0/12 unreachable
ip rule del to 172.16.0.0/12 table main
ip route add throw 10.0.0.0/16
ip route del 10.1.0.0/16 via 192.0.2.2 dev veth0 metric 10 table 100
ip route add unreachable 10.0.0.1/8 table 1000
ip route
ip route del 172.16.0.0/12 dev lo metric 0 table 200
ip route add unreachable 10.0.0.1/8 metric 0 table 200
ip route prepend unreachable 10.0.0.0/24 metric 20 table 200
ip route show table 100
ip route show table all
ip route change unreachable 128.0.0.0/1 metric 20
ip rule add to 172.16.0.0/12 pref 200 unreachable
ip route del 10.1.0.0/16
ip route get 192.0.2.1 oif veth2
ip route get 192.0.2.255 from 192.0.2.1
ip route add prohibit default
ip route get 10.0.0.1 mark 7
ip route show table 100
ip route get 192.0.2.1 oif veth2
ip route show table all
ip rule
