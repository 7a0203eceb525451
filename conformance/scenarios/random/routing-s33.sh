# Seeded random routing scenario (seed 33), from conformance/generators/routing.ts.
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
ip route get 198.51.100.7
ip route del 128.0.0.0/1 table local
ip route get 192.0.2.200
ip route add 10.0.0.1/8 via 10.9.9.9 metric 10 table 100
ip route get 192.0.2.1 mark 7
ip route del 10.0.0.1/8
ip route add blackhole 10.0.0.1/8 metric 0 table 1000
ip route show match 10.1.2.3
ip -j route
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10
ip route del 192.0.2.128/25 table 100
ip -d route
ip route add 10.0.0.0/8 dev nosuch metric 20 table local
ip route change prohibit 192.0.2.128/25 metric 10
ip rule add from 192.0.2.0/24 pref 100 blackhole
ip route
ip route del 10.1.0.0/16 table local
ip route add throw 0.0.0.0/1 metric 20 table local
ip route add default via 192.0.2.3 metric 0 table 1000
ip route add 10.1.2.0/24 via 198.51.100.2 dev veth0 metric 10 table local
ip -j route
ip route show table local
ip route get 198.51.100.7 from 192.0.2.1
ip route del 10.1.0.0/16 via 192.0.2.1 metric 20
ip route add unreachable 10.1.0.0/16 metric 0
ip route add throw 172.16.0.0/12 metric 0
ip route add throw 10.0.0.0/24 metric 0
ip rule del from 10.0.0.0/8 pref 100 blackhole
ip route add blackhole 10.1.2.0/24 metric 20
ip route show table all
ip route add unreachable 10.1.2.0/24 metric 0
ip route add throw 10.1.0.0/16 metric 0
ip link set veth2 up
ip route flush type blackhole
ip route flush table 100
ip route get 10.0.5.5 oif veth2
ip rule del fwmark 7 pref 100 unreachable
ip route add blackhole 10.0.0.0/24 metric 0
ip route show dev veth0
ip route replace 10.1.2.3 via 203.0.113.2 metric 0
ip route add 10.1.2.3 dev veth2 metric 20 table 1000
ip route replace blackhole 10.1.0.0/16 metric 20
ip route replace 10.0.0.0/16 dev nosuch table 100
ip route add default dev veth0 metric 20 table local
ip route del default metric 20 table local
ip route get 127.0.0.1
ip route add throw 10.0.0.0/16 metric 10
ip route get 127.0.0.1 mark 7
ip route get 192.0.2.200 mark 7
ip route del default
ip route show table all
ip rule
