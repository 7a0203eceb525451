# Seeded random routing scenario (seed 54), from conformance/generators/routing.ts.
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
ip route get 10.1.2.4 oif veth2
ip route replace blackhole 0.0.0.0/1 metric 10
ip route show match 10.1.2.3
ip route del 0.0.0.0/1
ip route add 10.1.2.3 via 10.9.9.9
ip route show table 100
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route add 10.1.0.0/16 via 198.51.100.3 dev veth1
ip route add 10.0.0.0/24 dev veth1
ip route show root 10.0.0.0/8
ip route get 10.1.2.3 from 198.51.100.1
ip route del prohibit 10.0.0.0/16 metric 10 table 200
ip route show table 100
ip -6 route
ip route add prohibit 10.0.0.0/24
ip route add prohibit 0.0.0.0/1 metric 10
ip rule add fwmark 7 pref 100 lookup 200
ip route del 10.0.0.0/8 metric 0 table 1000
ip route show table local
route -n
ip route change throw 10.1.2.3 metric 20 table 200
ip route show match 10.1.2.3
ip route del 10.0.0.0/16 dev veth1 metric 20
ip link set veth3 up
ip route get 10.0.5.5 mark 7
ip route show table all
ip rule
ip route add unreachable 10.0.0.0/16 metric 10
ip route append 10.0.0.1/8 dev veth2 metric 0 table 100
ip route add 10.0.0.1/8 via 198.51.100.3 dev nosuch metric 20
ip -j route
ip route add unreachable 192.0.2.128/25
route -n
ip rule del to 172.16.0.0/12 pref 200 table main
ip route add unreachable 10.0.0.0/8 metric 0 table 100
ip route change unreachable 10.0.0.0/24 table 100
ip route add prohibit 10.1.2.3
ip rule
ip route add 10.0.0.0/24 dev lo
ip link set veth0 up
ip route change blackhole 10.1.2.3
ip route flush root 10.0.0.0/8
ip link set veth2 up
ip rule
ip -j route
ip route get 192.0.2.200
ip route get 10.0.5.5
ip route show table all
ip route add unreachable 128.0.0.0/1 metric 20 table 100
ip route get 192.0.2.255 from 198.51.100.1
ip route show table all
ip rule
