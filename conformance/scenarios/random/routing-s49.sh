# Seeded random routing scenario (seed 49), from conformance/generators/routing.ts.
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
ip route get 192.0.2.1
ip rule add fwmark 7 pref 200 table 100
ip route add unreachable default
ip -j route
ip route del 10.0.0.1/8 dev nosuch metric 10 table 100
ip rule add to 172.16.0.0/12 pref 200 table 100
ip route get 10.1.2.4 from 192.0.2.1
ip route
ip route show table local
ip route get 10.1.2.3
ip route show match 10.1.2.3
ip route add prohibit 0.0.0.0/1 table 1000
ip route del 10.0.0.1/8 metric 0
ip route add 10.1.0.0/16 via 198.51.100.3 table 200
ip route flush table all
ip route show match 10.1.2.3
ip link set veth3 up
ip route append prohibit 10.0.0.0/8 metric 0 table 200
route -n
ip route get 10.1.2.3 from 198.51.100.1
ip route show table local
ip route get 192.0.2.255 from 192.0.2.1
ip route del throw 10.1.2.3 metric 0
ip route show dev veth0
ip route add default via 10.9.9.9 metric 20 table 100
ip -6 route
ip rule
ip route get 10.0.0.1 mark 7
ip route add 128.0.0.0/1 dev lo table 200
ip route add unreachable 0.0.0.0/1
route -n
ip route get 192.0.2.255 oif veth2
ip route show table all
ip route add prohibit 10.0.0.0/24 metric 0
ip link set veth0 up
route -n
ip rule add from 10.0.0.0/8 pref 200 lookup 200
ip route flush proto boot
ip -d route
ip route replace 10.0.0.1/8 dev nosuch metric 10
ip route show match 10.1.2.3
ip rule add iif veth1 pref 100 table 100
ip route add 172.16.0.0/12 via 192.0.2.3 metric 20
ip route get 192.0.2.1 oif veth2
ip route add 192.0.2.128/25 via 198.51.100.3 dev lo
ip -d route
ip route get 198.51.100.7
ip route add unreachable 10.0.0.0/16 metric 0 table local
ip route del 10.0.0.0/24
ip route add 10.1.2.3 via 198.51.100.2 metric 20 table 100
ip route show table all
ip rule
