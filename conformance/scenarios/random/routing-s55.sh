# Seeded random routing scenario (seed 55), from conformance/generators/routing.ts.
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
ip rule
ip route get 10.0.0.1
ip rule add fwmark 7 blackhole
ip route del 10.0.0.0/8 dev veth2
ip route show dev veth0
ip route get 10.1.2.3
ip route add 0.0.0.0/1 dev veth2
ip rule
ip route add prohibit default metric 0 table 100
ip route get 203.0.113.9 oif veth2
ip route add prohibit 10.0.0.0/24 metric 20
ip route prepend 192.0.2.128/25 dev veth1
ip route get 127.0.0.1 oif veth2
ip route del 128.0.0.0/1
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route add 10.1.0.0/16 via 198.51.100.2 metric 0 table 1000
ip route add throw 10.0.0.1/8 table local
ip route add 0.0.0.0/1 dev lo metric 0
ip route add blackhole 0.0.0.0/1 metric 20 table local
ip route get 10.0.0.1
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route show root 10.0.0.0/8
ip route add 10.0.0.0/8 via 192.0.2.2 metric 20 table local
ip route add 192.0.2.128/25 dev veth1 table local
route -n
ip route del 192.0.2.128/25
ip route add throw 10.1.2.3 table 1000
ip route show table all
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 1000
ip route append prohibit 10.1.2.0/24 metric 0 table 1000
ip route
ip route show match 10.1.2.3
ip route add 10.1.2.0/24 dev veth1 metric 10
ip route prepend throw 10.0.0.1/8 table 1000
ip rule del iif veth1 pref 200 blackhole
ip route add blackhole 10.1.2.3 metric 10
ip route add prohibit 10.0.0.0/8 metric 10
ip route add prohibit 10.1.2.0/24
ip route add 10.1.0.0/16 dev veth0
ip route del prohibit 0.0.0.0/1 metric 0
ip route show root 10.0.0.0/8
ip link set veth0 up
ip route show table 100
ip rule add fwmark 7 pref 100 table 100
ip link set veth2 down
ip route show dev veth0
ip route add unreachable 128.0.0.0/1 metric 0
ip route show table 100
ip route change 10.0.0.0/24 dev lo metric 10 table 200
ip route show root 10.0.0.0/8
ip route show table all
ip rule
