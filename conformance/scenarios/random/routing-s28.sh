# Seeded random routing scenario (seed 28), from conformance/generators/routing.ts.
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
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route add 10.1.2.3 via 192.0.2.1 metric 10 table 1000
ip -d route
ip route add 192.0.2.128/25 via 192.0.2.2 dev veth1 metric 0
ip route prepend 128.0.0.0/1 via 192.0.2.1 table local
ip route get 10.0.5.5 from 192.0.2.1
ip route get 127.0.0.1
ip -6 route
ip rule
ip route add 128.0.0.0/1 dev lo metric 20 table 100
ip route add blackhole 10.0.0.0/16 metric 20
ip rule add iif veth1 pref 200 lookup 200
ip rule del fwmark 7 pref 200 table 100
ip route get 10.0.5.5 from 198.51.100.1
ip route del 10.1.2.0/24
ip route get 10.0.5.5 oif veth2
ip route
ip route add throw 10.0.0.0/8 table local
ip link set veth3 up
ip route add throw 128.0.0.0/1 metric 0 table 200
ip route get 10.1.2.3 from 192.0.2.1
ip route add throw 10.1.2.3 metric 20
ip rule
ip route del throw 0.0.0.0/1 table 200
ip route flush table 100
ip route show dev veth0
ip route add default dev lo metric 10 table local
ip route add 172.16.0.0/12 dev veth1 table local
ip -d route
ip route add blackhole 10.0.0.0/16 metric 20 table 200
ip route flush proto boot
ip route add throw 10.0.0.1/8 metric 0 table local
ip rule del fwmark 7 blackhole
ip route get 127.0.0.1
ip route add 128.0.0.0/1 via 198.51.100.2
ip route add unreachable default
ip route del unreachable 128.0.0.0/1 metric 0
ip route del 10.0.0.0/16
ip rule
ip route get 10.0.0.1
ip route get 10.1.2.3
ip route del 128.0.0.0/1
ip route show table 100
ip route add throw 10.0.0.1/8
ip route get 10.1.2.4 oif veth2
ip rule del iif veth1 pref 100 table 100
ip route del prohibit 10.1.2.0/24 metric 0
ip route add 192.0.2.128/25 via 192.0.2.1 table local
ip route get 192.0.2.200
ip route add throw 128.0.0.0/1
ip route show table all
ip rule
