# Seeded random routing scenario (seed 96), from conformance/generators/routing.ts.
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
ip route add 128.0.0.0/1 dev lo metric 10 table 200
ip route add 172.16.0.0/12 via 10.9.9.9 metric 20 table local
ip route show table 100
ip route add 10.1.0.0/16 via 10.9.9.9 table 1000
ip -d route
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route del default metric 0 table 200
ip route get 10.0.5.5 oif veth2
ip route add prohibit 10.0.0.1/8 metric 20
ip rule add from 192.0.2.0/24 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 metric 20 table 100
ip rule del iif veth1 pref 200 blackhole
ip route add prohibit 192.0.2.128/25
ip route append prohibit 0.0.0.0/1 metric 10 table local
ip route del 10.1.2.0/24
ip route change prohibit 0.0.0.0/1 metric 20
ip rule del iif veth1 blackhole
ip route del prohibit 10.0.0.1/8 table 1000
ip route get 10.1.2.4 mark 7
ip route show table local
ip route add 192.0.2.128/25 dev veth2 metric 0
ip route add 10.0.0.1/8 via 203.0.113.2 metric 0 table 100
ip route show table local
ip route get 10.1.2.4 from 198.51.100.1
ip route add 10.0.0.0/24 via 198.51.100.2 metric 10 table 100
ip route show table local
ip route del 10.1.2.3 table 1000
ip route show table 100
ip rule del from 192.0.2.0/24 pref 200 blackhole
ip route get 192.0.2.200 oif veth2
ip route replace unreachable 128.0.0.0/1 metric 0 table 200
ip rule
ip route del 10.1.2.3 table 1000
ip link set veth3 down
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip link set veth3 down
ip route add 172.16.0.0/12 dev veth1
ip route get 10.1.2.3 from 198.51.100.1
ip route add throw 192.0.2.128/25
ip route del 10.1.2.0/24
ip route replace prohibit default metric 10 table local
ip route del 10.0.0.0/16 table 200
ip link set veth2 up
ip route add 172.16.0.0/12 via 192.0.2.1 dev lo
ip route add blackhole 10.1.2.3
ip rule add fwmark 7 pref 100 table 100
ip route add throw 10.1.0.0/16 table 100
ip route show match 10.1.2.3
ip route add prohibit 172.16.0.0/12
route -n
ip route show table all
ip rule
