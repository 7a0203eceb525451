# Seeded random routing scenario (seed 71), from conformance/generators/routing.ts.
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
ip route add unreachable 0.0.0.0/1
ip route get 10.1.2.4 oif veth2
ip rule
ip rule add from 192.0.2.0/24 pref 100 table main
ip route del 10.0.0.0/8
ip route add throw 10.0.0.0/8
ip route add blackhole 10.0.0.0/24 table 100
ip link set veth0 up
ip -j route
ip route show dev veth0
ip route add throw default table 100
ip route add 0.0.0.0/1 via 198.51.100.2 dev veth1
ip route get 10.1.2.3 oif veth2
ip route add prohibit 10.1.2.0/24 metric 10
ip route del 10.0.0.1/8
ip route show dev veth0
ip route get 172.16.1.1 from 198.51.100.1
ip route append 128.0.0.0/1 via 192.0.2.2
ip link set veth3 up
ip route show table local
ip route del 10.0.0.1/8
ip route show match 10.1.2.3
ip route get 192.0.2.1
ip -6 route
ip route add blackhole 0.0.0.0/1 metric 20
ip route add unreachable default metric 20
ip route get 192.0.2.200 from 198.51.100.1
ip route get 10.0.5.5
ip route add blackhole 10.0.0.1/8 table 1000
ip route del 10.0.0.1/8
ip rule
ip route get 10.0.0.1
ip rule add fwmark 7 pref 200 table main
ip rule del from 192.0.2.0/24 pref 200 blackhole
ip route add blackhole 10.0.0.0/8 table 200
ip route get 127.0.0.1 mark 7
ip -d route
ip route add 10.1.2.0/24 nexthop via 192.0.2.1 weight 2 nexthop via 198.51.100.2 table 200
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route add 10.0.0.0/16 dev nosuch table 1000
ip route flush proto boot
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip -6 route
ip rule
ip route del 128.0.0.0/1
ip route add blackhole 10.1.2.3 table local
ip route get 192.0.2.200 mark 7
ip route get 203.0.113.9
ip route flush table all
ip rule
ip route show table all
ip rule
