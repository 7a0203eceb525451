# Seeded random routing scenario (seed 3), from conformance/generators/routing.ts.
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
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 metric 20 table 100
ip -d route
ip route replace 0.0.0.0/1 dev nosuch metric 10
ip route show table local
ip -6 route
ip route del 10.1.2.3 metric 0 table 200
ip route show match 10.1.2.3
ip link set veth0 up
ip rule del fwmark 7 pref 100 blackhole
ip link set veth3 up
ip route get 172.16.1.1 mark 7
ip route get 8.8.8.8 from 198.51.100.1
ip rule
ip route get 192.0.2.255 iif veth1 from 203.0.113.5
ip route add 172.16.0.0/12 via 198.51.100.2 dev veth2 table 100
ip rule add to 172.16.0.0/12 pref 200 table 100
ip route show match 10.1.2.3
ip -6 route
ip route add 10.0.0.0/16 dev lo metric 20 table 1000
route -n
ip link set veth3 up
ip route show table local
ip route get 192.0.2.255 from 192.0.2.1
ip link set veth0 up
ip rule add from 192.0.2.0/24 table main
ip route add 10.0.0.1/8 via 203.0.113.2
ip route show root 10.0.0.0/8
ip route add 10.0.0.0/16 dev lo metric 0 table 200
ip route show table all
ip route add default dev veth2 metric 20
ip route show table all
ip route show table 100
ip route del 10.0.0.0/8
ip route change 10.0.0.0/16 via 192.0.2.2 metric 0 table local
ip -j route
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10
ip route add blackhole 10.1.2.3 metric 0 table 1000
ip route show table local
ip route prepend 128.0.0.0/1 via 192.0.2.3 table 1000
ip route replace default via 192.0.2.2 dev nosuch
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip route show match 10.1.2.3
ip -d route
ip route get 10.1.2.4 mark 7
ip route show root 10.0.0.0/8
ip route add 172.16.0.0/12 via 203.0.113.2 metric 0
ip route show match 10.1.2.3
ip route append throw 0.0.0.0/1 metric 10 table 1000
ip route del 10.0.0.0/24 metric 20 table 100
ip route show table all
ip rule
