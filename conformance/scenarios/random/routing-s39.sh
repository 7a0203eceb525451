# Seeded random routing scenario (seed 39), from conformance/generators/routing.ts.
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
ip route show root 10.0.0.0/8
ip route add prohibit default table 1000
ip -d route
ip -d route
ip rule add to 172.16.0.0/12 pref 100 unreachable
ip route add 10.0.0.1/8 via 192.0.2.1 dev veth2 metric 20 table 1000
ip route get 10.0.5.5 mark 7
ip route flush table 100
ip route flush table 100
ip route get 192.0.2.200 oif veth2
ip route show table local
ip route add 10.0.0.0/16 via 10.9.9.9 metric 20
ip route add 10.1.2.0/24 via 192.0.2.1 metric 10
ip route show root 10.0.0.0/8
ip route get 192.0.2.255 oif veth2
ip route get 8.8.8.8
ip route get 127.0.0.1 oif veth2
ip route flush type blackhole
ip route del 0.0.0.0/1 metric 10
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route del blackhole 10.1.2.0/24 table 200
ip route del throw 10.1.0.0/16 metric 0 table 1000
ip route show table all
ip route get 198.51.100.7 oif veth2
ip route add unreachable 192.0.2.128/25 metric 0 table 100
ip route add prohibit 10.0.0.0/24 metric 10 table 1000
ip rule add iif veth1 pref 200 table 100
ip -d route
ip route flush table 100
ip route show table local
ip route append unreachable 192.0.2.128/25
ip route add unreachable 10.1.0.0/16 metric 0 table 200
ip route
ip route add 10.1.2.0/24 dev veth2
ip link set veth3 up
ip route append throw 10.0.0.0/24 metric 20 table local
ip route add throw 10.1.0.0/16 metric 10 table 1000
ip route get 192.0.2.1 from 192.0.2.1
ip route add throw 0.0.0.0/1 table 200
ip route add unreachable 10.0.0.0/16
ip -d route
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip route del unreachable 10.0.0.1/8 metric 20 table 1000
ip route add 192.0.2.128/25 via 203.0.113.2 metric 20 table 200
ip route add 172.16.0.0/12 via 192.0.2.1 table local
ip route add 192.0.2.128/25 dev veth2 metric 20 table local
ip route del 10.0.0.0/24 dev veth0 table 200
ip route add 10.1.0.0/16 via 10.9.9.9 metric 20
route -n
ip route add throw 0.0.0.0/1 table 1000
ip route show table all
ip rule
