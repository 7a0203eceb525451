# Seeded random routing scenario (seed 52), from conformance/generators/routing.ts.
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
ip route add blackhole 128.0.0.0/1 metric 10
ip route change unreachable 192.0.2.128/25 metric 20
ip route add prohibit 10.0.0.0/8
ip route show match 10.1.2.3
ip route add 10.0.0.1/8 dev nosuch metric 20
ip route get 8.8.8.8 mark 7
ip route prepend throw 10.0.0.0/8
ip route get 192.0.2.1
ip route del 10.1.0.0/16 via 10.9.9.9 metric 0
ip route add unreachable 10.1.0.0/16 metric 10 table 1000
ip route add 10.0.0.0/24 via 192.0.2.3 dev nosuch metric 0 table 100
ip link set veth0 up
ip route show table 100
ip route replace 10.0.0.0/16 via 192.0.2.1 metric 0 table 200
ip route add prohibit 10.0.0.1/8 metric 20
ip route get 192.0.2.1
ip rule add iif veth1 pref 100 unreachable
ip route show match 10.1.2.3
ip route show table all
ip route add prohibit 128.0.0.0/1 metric 20
ip route get 10.0.0.1
ip route add 10.0.0.0/24 dev veth0 table local
ip route replace throw 10.0.0.0/16 metric 20
ip link set veth3 up
ip route flush dev veth0
ip route add 10.1.2.0/24 via 198.51.100.2 dev veth2 metric 0
ip route get 192.0.2.200
ip route add unreachable 10.0.0.0/24 metric 0 table 1000
ip route add unreachable 10.0.0.0/24 metric 20 table local
ip route show match 10.1.2.3
ip route add throw 10.0.0.0/8 metric 10
ip route show match 10.1.2.3
ip route flush proto boot
ip route add prohibit default table 100
ip rule add iif veth1 blackhole
ip route get 8.8.8.8
ip route show root 10.0.0.0/8
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 200
ip route
ip route change throw 128.0.0.0/1 metric 0 table local
ip route add 172.16.0.0/12 dev veth0 metric 20
ip route del 10.1.2.0/24 via 192.0.2.1 metric 0
ip route append 10.0.0.0/8 via 192.0.2.1 metric 10
ip route add 10.1.2.0/24 via 10.9.9.9 metric 0 table 100
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route prepend unreachable 10.0.0.0/16 metric 10 table 200
ip -j route
ip route flush table all
ip route add throw 192.0.2.128/25 table 100
ip route show root 10.0.0.0/8
ip route show table all
ip rule
