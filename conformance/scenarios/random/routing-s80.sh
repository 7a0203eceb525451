# Seeded random routing scenario (seed 80), from conformance/generators/routing.ts.
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
ip route get 127.0.0.1
ip -d route
ip route get 198.51.100.7
ip route add unreachable 10.0.0.0/8 table 100
ip rule add from 10.0.0.0/8 blackhole
ip route get 172.16.1.1 oif veth2
ip rule del to 172.16.0.0/12 pref 200 unreachable
ip route show root 10.0.0.0/8
ip route show table all
ip route add blackhole 0.0.0.0/1
ip route replace throw 192.0.2.128/25 metric 0
ip route add throw 10.0.0.0/24 metric 0
ip route show table local
ip route add 10.0.0.1/8 via 203.0.113.2 table 200
ip route del 10.0.0.1/8
ip route show root 10.0.0.0/8
ip rule del from 192.0.2.0/24 pref 200 lookup 200
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 200
ip route add prohibit 10.0.0.0/8 metric 10 table local
ip route show root 10.0.0.0/8
ip route flush proto boot
ip route add 10.0.0.0/16 dev lo metric 20
ip route add prohibit 10.1.2.0/24 table 100
ip -6 route
ip route show table local
ip route get 198.51.100.7
ip route add 10.0.0.0/8 via 10.9.9.9
route -n
ip route add 10.1.0.0/16 via 198.51.100.3 metric 10 table local
ip route show match 10.1.2.3
ip route get 10.0.0.1 from 198.51.100.1
ip route add default via 192.0.2.2 metric 0
ip route change 10.1.2.3 via 10.9.9.9
ip rule
ip route show table local
ip route add unreachable 172.16.0.0/12 metric 20 table local
ip link set veth3 up
ip route show table local
ip rule
ip route del default
ip route add 192.0.2.128/25 nexthop via 198.51.100.2 weight 2 nexthop via 192.0.2.3 table local
ip route add 10.0.0.0/16 via 198.51.100.2 table local
ip -d route
ip rule
ip route add prohibit default table 100
ip route flush proto boot
ip route get 127.0.0.1 from 192.0.2.1
ip route add 10.1.2.0/24 via 192.0.2.2 metric 20
ip route show table 100
ip route get 127.0.0.1
ip route show table all
ip rule
