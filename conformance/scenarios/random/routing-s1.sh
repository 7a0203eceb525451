# Seeded random routing scenario (seed 1), from conformance/generators/routing.ts.
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
ip route add blackhole 192.0.2.128/25 table 200
ip route get 8.8.8.8 from 198.51.100.1
ip route del blackhole 10.0.0.0/16
ip route add 10.1.2.3 dev lo
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route add prohibit 10.1.2.3 metric 0
ip route show table all
ip route prepend 10.0.0.0/16 dev veth2
ip route add unreachable 10.0.0.1/8 metric 0 table local
ip route del 10.0.0.0/8 metric 0
ip rule del iif veth1 unreachable
ip route show table all
ip route show table all
ip route del 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip route change 10.0.0.0/16 dev veth2
ip route add 10.1.0.0/16 dev lo table 100
ip rule add iif veth1 table main
ip -d route
ip route add 10.0.0.0/8 nexthop via 198.51.100.2 weight 3 nexthop via 192.0.2.1
ip -6 route
ip route show table 100
ip route add 10.1.2.0/24 dev veth1 metric 0
ip -d route
ip route get 127.0.0.1
ip route del 10.1.0.0/16
ip route add 128.0.0.0/1 via 192.0.2.1 metric 10
ip route get 172.16.1.1
ip rule del iif veth1 lookup 200
ip route get 198.51.100.7
ip route prepend throw default
ip route get 10.0.0.1 from 198.51.100.1
ip rule add iif veth1 table 100
ip route show table all
ip route get 10.1.2.4 mark 7
ip route add blackhole 192.0.2.128/25
ip route get 10.0.0.1 oif veth2
ip route del 10.0.0.0/8
ip rule add iif veth1 lookup 200
ip route show match 10.1.2.3
ip rule add from 10.0.0.0/8 pref 100 lookup 200
ip route add unreachable default
ip route del unreachable default metric 20 table 200
ip route show root 10.0.0.0/8
ip rule add from 10.0.0.0/8 unreachable
ip route del 172.16.0.0/12 dev lo metric 0 table 100
ip -6 route
ip route add 0.0.0.0/1 via 10.9.9.9 metric 0
ip -d route
ip route get 8.8.8.8 mark 7
ip route del 10.0.0.0/16
ip route show table all
ip rule
