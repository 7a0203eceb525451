# Seeded random routing scenario (seed 79), from conformance/generators/routing.ts.
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
ip rule
ip route del 10.1.0.0/16
ip route add prohibit 0.0.0.0/1 metric 10 table 1000
ip route add 128.0.0.0/1 via 192.0.2.1 metric 0 table 100
ip route add throw 10.0.0.0/8 table 200
ip route
ip route show match 10.1.2.3
ip route get 203.0.113.9 from 198.51.100.1
ip route add throw 172.16.0.0/12
ip route add throw 10.0.0.0/24
ip route add 128.0.0.0/1 dev veth0 metric 0
ip route show dev veth0
ip route del 10.1.2.3 metric 10
ip route add blackhole 10.1.0.0/16
ip route add blackhole 10.0.0.0/24 metric 0 table local
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10
ip route del 10.1.2.0/24
ip route flush type blackhole
ip route del 10.0.0.0/16 metric 10
ip route show match 10.1.2.3
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route change unreachable 10.1.2.0/24 table 200
ip route append throw 128.0.0.0/1
ip route prepend 10.1.2.0/24 via 192.0.2.3 metric 0 table 200
ip route change throw 0.0.0.0/1 metric 0 table 1000
ip route add 10.0.0.0/8 dev veth0 metric 0
ip route show table all
ip route add prohibit 0.0.0.0/1 table 100
ip -j route
ip route del 10.1.2.3 metric 20 table 1000
ip route add 128.0.0.0/1 dev veth2
ip rule add from 10.0.0.0/8 blackhole
ip -6 route
ip route add default via 192.0.2.1 dev nosuch table 100
ip route get 8.8.8.8 from 192.0.2.1
ip route show table local
ip route get 203.0.113.9 from 198.51.100.1
ip route add blackhole 192.0.2.128/25 table 1000
ip route add unreachable 10.0.0.0/8 metric 10 table 100
ip -d route
ip route del 10.0.0.0/24 metric 0
ip route del 10.1.0.0/16
ip route get 127.0.0.1
ip route get 10.1.2.3 from 198.51.100.1
ip route del prohibit 10.1.0.0/16
ip -j route
ip rule add iif veth1 pref 200 table main
ip route show root 10.0.0.0/8
ip route del 10.1.2.3 metric 20
ip route get 10.1.2.3
ip route show table all
ip rule
