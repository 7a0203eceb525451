# Seeded random routing scenario (seed 91), from conformance/generators/routing.ts.
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
ip route add throw 10.1.2.3 table local
ip route del 10.0.0.0/8
ip -6 route
ip route del 192.0.2.128/25 metric 20
ip route get 192.0.2.255 iif veth1 from 203.0.113.5
ip rule
ip route add 192.0.2.128/25 via 198.51.100.3 dev lo table 1000
ip rule add from 192.0.2.0/24 pref 100 table main
ip -6 route
ip rule del iif veth1 pref 100 table 100
ip route
ip route get 127.0.0.1
ip -6 route
ip route get 10.0.0.1
ip link set veth3 up
ip route flush proto boot
ip route flush type blackhole
ip route del 10.1.2.0/24 table 100
ip route del 10.0.0.0/8
ip rule del fwmark 7 table 100
ip route show table all
ip -d route
ip route get 172.16.1.1
ip rule del to 172.16.0.0/12 pref 100 blackhole
ip route
ip rule add iif veth1 blackhole
ip -j route
ip route get 172.16.1.1
ip route show table all
ip route get 192.0.2.255
ip rule add iif veth1 table 100
ip route add unreachable 10.1.0.0/16 table 1000
ip -d route
ip route add blackhole 10.0.0.1/8 metric 0
ip route show root 10.0.0.0/8
ip route del 10.0.0.0/8
ip route add 172.16.0.0/12 via 10.9.9.9 metric 0 table 1000
ip route add blackhole 10.1.2.0/24
ip route show dev veth0
ip route add prohibit default metric 20 table 1000
ip route append throw 10.0.0.0/24 metric 0 table 100
ip route show match 10.1.2.3
ip route show table 100
ip route add 10.1.2.0/24 via 10.9.9.9
ip route add blackhole 172.16.0.0/12 table local
ip route change throw 10.1.2.0/24 metric 0 table 1000
ip route add prohibit 10.0.0.1/8 table 200
ip route add throw 10.0.0.0/24 metric 10 table 100
ip route show table local
ip route show table all
ip route show table all
ip rule
