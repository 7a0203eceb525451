# Seeded random routing scenario (seed 86), from conformance/generators/routing.ts.
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
ip -6 route
ip route show dev veth0
ip route add 128.0.0.0/1 dev lo
ip rule add to 172.16.0.0/12 blackhole
ip route get 10.0.5.5 from 198.51.100.1
ip route add unreachable 0.0.0.0/1 table 100
ip route add prohibit 10.0.0.0/24 metric 0 table 100
ip route del 10.1.2.0/24 table 100
ip rule
ip route add blackhole 10.0.0.0/24
ip route replace 10.1.0.0/16 dev nosuch metric 10
ip route del 10.0.0.1/8 table 200
ip route add prohibit 192.0.2.128/25 metric 20 table 100
ip route del 10.1.0.0/16
ip route add blackhole default metric 20
ip -6 route
ip rule add from 192.0.2.0/24 pref 100 lookup 200
ip route add 10.1.2.3 via 192.0.2.1 table 1000
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route show dev veth0
ip route add blackhole 192.0.2.128/25 table local
ip route show root 10.0.0.0/8
ip route del 10.0.0.0/16 dev veth1 metric 20 table 200
ip route get 192.0.2.200 oif veth2
ip route show root 10.0.0.0/8
ip route add 10.1.2.0/24 via 192.0.2.1 dev lo metric 0 table 200
ip route change throw 10.0.0.0/16 metric 0
ip route del default dev veth1 metric 20 table 100
ip rule add iif veth1 pref 100 table main
ip rule del from 10.0.0.0/8 blackhole
ip route add unreachable 128.0.0.0/1 metric 20
ip -j route
ip route del 10.1.2.3 metric 0
ip route get 192.0.2.1 from 192.0.2.1
ip route del 0.0.0.0/1 metric 10 table local
ip route add blackhole 192.0.2.128/25
ip route del 0.0.0.0/1 metric 20 table 1000
ip rule add fwmark 7 table main
ip route add unreachable 172.16.0.0/12 metric 20 table 100
route -n
ip route show match 10.1.2.3
ip route del 10.0.0.1/8 metric 10 table 100
ip route
ip route flush table all
ip route add 10.0.0.0/24 dev nosuch
ip route get 192.0.2.255 from 198.51.100.1
ip route add 172.16.0.0/12 dev veth0 metric 0
ip rule add iif veth1 pref 200 table 100
ip route flush dev veth0
ip route show table local
ip route show table all
ip rule
