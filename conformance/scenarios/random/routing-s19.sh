# Seeded random routing scenario (seed 19), from conformance/generators/routing.ts.
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
ip route prepend prohibit 192.0.2.128/25 metric 20 table 100
ip rule del from 10.0.0.0/8 pref 100 blackhole
ip route del unreachable 10.0.0.0/16 metric 10 table 200
ip route get 10.1.2.4
ip route show table local
route -n
ip route flush table 100
ip route add throw 10.0.0.1/8
route -n
ip route flush proto boot
ip route add 10.0.0.1/8 via 198.51.100.2 metric 10 table 100
ip route show root 10.0.0.0/8
ip route add 0.0.0.0/1 dev lo metric 0
ip route prepend 10.1.2.0/24 via 192.0.2.3 dev veth2
ip route add unreachable 128.0.0.0/1 metric 20 table 200
ip route del 192.0.2.128/25
ip rule add from 10.0.0.0/8 table main
ip route show dev veth0
ip rule add to 172.16.0.0/12 pref 200 table 100
ip link set veth2 up
ip rule del iif veth1 pref 200 table 100
ip -6 route
ip route show match 10.1.2.3
ip route add prohibit 10.1.2.0/24 metric 10
ip route add prohibit 192.0.2.128/25 metric 0
ip route add throw 0.0.0.0/1 metric 10 table 200
ip route show root 10.0.0.0/8
ip rule add fwmark 7 lookup 200
ip route add throw 10.0.0.0/24
ip route del 10.1.0.0/16
ip route get 127.0.0.1
ip route flush dev veth0
ip route add prohibit 0.0.0.0/1 metric 0 table 200
ip route
ip route show table 100
ip route get 127.0.0.1 oif veth2
ip route show root 10.0.0.0/8
route -n
ip route add unreachable 10.1.2.0/24 metric 10 table local
ip route add 128.0.0.0/1 dev nosuch metric 10
ip route show table local
ip route replace 10.0.0.0/24 via 198.51.100.3 metric 0
ip route show table all
ip route show table 100
ip route add throw 172.16.0.0/12
route -n
ip route replace 10.1.2.3 via 192.0.2.3 metric 0 table local
ip rule add to 172.16.0.0/12 table main
ip route get 192.0.2.255 mark 7
ip route add 10.0.0.0/24 dev veth0
ip route show table all
ip rule
