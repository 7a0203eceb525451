# Seeded random routing scenario (seed 75), from conformance/generators/routing.ts.
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
ip route add throw 10.0.0.0/8 table 200
route -n
ip route add 10.1.2.0/24 dev lo metric 20 table 1000
ip route del prohibit 0.0.0.0/1 metric 20 table 200
ip route add 10.0.0.1/8 nexthop via 192.0.2.2 weight 1 nexthop via 192.0.2.3
ip link set veth0 up
ip route flush table all
ip rule add to 172.16.0.0/12 pref 100 blackhole
ip route del 172.16.0.0/12
ip route change unreachable 10.0.0.0/16 metric 10 table 200
ip route get 10.1.2.3 iif veth1 from 203.0.113.5
ip route add throw 10.0.0.0/24 metric 10
ip route add prohibit 10.0.0.0/16 metric 10
ip -6 route
ip link set veth0 up
ip link set veth0 up
ip -j route
ip rule
ip route add unreachable default metric 0
ip rule
ip route get 172.16.1.1 mark 7
ip route change prohibit 172.16.0.0/12 metric 10
ip route get 172.16.1.1 mark 7
ip route add 10.1.2.0/24 dev veth1 table 1000
ip route add prohibit 192.0.2.128/25 table 1000
ip -j route
ip route replace 10.0.0.0/8 dev veth0
ip -j route
ip route show table all
ip route show table 100
ip route add 10.1.2.0/24 dev veth0 table 200
ip route add throw 172.16.0.0/12 metric 20 table local
ip route show table all
ip route add unreachable 10.0.0.0/16 table 100
ip route del unreachable 10.1.0.0/16
ip route add blackhole 10.0.0.0/8 metric 20 table local
ip route del 10.1.2.0/24
ip route add 10.1.0.0/16 via 203.0.113.2
ip link set veth2 up
ip route flush proto boot
ip route show table local
ip route show match 10.1.2.3
ip link set veth3 down
ip route
ip route replace throw 10.1.2.3 metric 20
ip route
ip route del 0.0.0.0/1 metric 0 table local
ip route show table all
ip route add unreachable 172.16.0.0/12 metric 0
ip route del 172.16.0.0/12 table local
ip route show table all
ip rule
