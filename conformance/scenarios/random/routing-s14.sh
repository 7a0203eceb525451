# Seeded random routing scenario (seed 14), from conformance/generators/routing.ts.
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
ip route del blackhole 10.1.2.0/24 metric 10 table 200
ip route
ip route add 10.1.2.3 nexthop via 192.0.2.2 weight 2 nexthop via 192.0.2.3 metric 20
ip route show match 10.1.2.3
ip route show table local
ip route add default via 192.0.2.3 metric 10
ip route add throw 172.16.0.0/12 metric 20 table local
ip route get 10.1.2.4 oif veth2
ip link set veth0 up
ip route get 192.0.2.1
ip route del 10.1.2.3 table local
ip route del 10.1.2.0/24
ip route add 172.16.0.0/12 dev nosuch metric 10
ip route show root 10.0.0.0/8
ip route flush table all
ip route prepend throw 10.0.0.1/8 metric 20
ip route add blackhole 10.0.0.1/8 table 200
ip route append 10.1.2.3 dev lo
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route change blackhole 172.16.0.0/12
ip route show dev veth0
ip rule
ip route add 0.0.0.0/1 via 10.9.9.9 dev veth2
ip route del 10.0.0.1/8
ip link set veth3 up
ip route add prohibit 128.0.0.0/1
ip route get 10.0.5.5 mark 7
ip -d route
ip route get 8.8.8.8 oif veth2
ip route get 10.0.5.5 mark 7
ip route get 192.0.2.1 from 198.51.100.1
ip rule add iif veth1 pref 200 table main
ip rule add from 192.0.2.0/24 pref 100 lookup 200
ip link set veth2 up
ip rule add iif veth1 table 100
ip route add 10.0.0.1/8 via 203.0.113.2 table 100
ip route append 10.1.0.0/16 nexthop via 192.0.2.3 weight 3 nexthop via 192.0.2.1 table 200
ip -j route
ip route del 0.0.0.0/1
ip link set veth3 up
ip route add blackhole 10.1.2.3
ip route del 10.0.0.0/24
ip route del 10.1.2.0/24 metric 10
route -n
ip rule del from 192.0.2.0/24 pref 100 blackhole
ip route add 10.0.0.1/8 dev lo table local
ip route del 10.0.0.0/16 table local
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route get 8.8.8.8 iif veth1 from 203.0.113.5
ip route add blackhole 10.0.0.0/24 table 200
ip route show table all
ip rule
