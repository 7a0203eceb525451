# Seeded random routing scenario (seed 72), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/16 via 198.51.100.2 metric 0 table 1000
ip route show table local
ip rule add from 10.0.0.0/8 pref 200 table 100
ip route flush proto boot
ip route get 198.51.100.7 from 192.0.2.1
ip route add unreachable 10.0.0.0/24
ip route add prohibit 10.0.0.1/8
ip rule add to 172.16.0.0/12 table main
ip route add prohibit 128.0.0.0/1 metric 0 table 200
ip route get 203.0.113.9 from 192.0.2.1
ip rule
ip route get 127.0.0.1 mark 7
ip route show match 10.1.2.3
ip link set veth2 up
ip route add prohibit 10.0.0.0/8 metric 0
route -n
ip route add 10.1.2.0/24 via 192.0.2.2 metric 20 table 1000
ip route
ip route show match 10.1.2.3
ip -j route
ip route get 10.0.5.5 iif veth1 from 203.0.113.5
ip route show table all
ip route add throw 10.1.0.0/16 table 200
ip route del 172.16.0.0/12 via 198.51.100.2 dev lo metric 20 table 200
ip route show table all
ip route get 10.1.2.3
ip -d route
ip route del 10.0.0.0/16 metric 10 table 1000
ip -j route
ip route add default via 198.51.100.2 table 1000
ip route del 0.0.0.0/1
ip route get 203.0.113.9
ip route del 10.0.0.0/24 table local
ip route add default via 198.51.100.3 metric 0 table 1000
ip route get 198.51.100.7
ip route show table all
ip route add unreachable 192.0.2.128/25
ip route get 198.51.100.7 from 192.0.2.1
ip route add unreachable 192.0.2.128/25 metric 20 table 200
route -n
ip route add 128.0.0.0/1 dev veth1 table 1000
ip route get 198.51.100.7 mark 7
ip route change throw 10.1.0.0/16 metric 20
ip route show table local
ip route del unreachable 10.1.2.3 metric 10 table 1000
ip route replace throw 192.0.2.128/25 table 100
ip route
ip route get 127.0.0.1 mark 7
ip route show table local
ip link set veth2 down
ip route show table all
ip rule
