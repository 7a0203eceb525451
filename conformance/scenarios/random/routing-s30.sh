# Seeded random routing scenario (seed 30), from conformance/generators/routing.ts.
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
ip route show dev veth0
ip route add 10.1.2.3 via 198.51.100.3 dev nosuch table local
ip route del throw 0.0.0.0/1 metric 20 table local
ip route
ip -j route
ip route replace throw 10.1.2.3 table 1000
ip route get 192.0.2.255 from 198.51.100.1
ip route get 10.1.2.3 oif veth2
ip route show root 10.0.0.0/8
ip route add throw 10.0.0.0/8
ip rule add iif veth1 blackhole
ip route add throw 0.0.0.0/1 metric 0 table 1000
ip rule add to 172.16.0.0/12 unreachable
ip route add prohibit 10.1.2.0/24 table 100
ip route flush table all
ip route add throw 172.16.0.0/12 metric 0 table 1000
ip route add blackhole 10.0.0.0/16 table 1000
ip route add 10.1.2.0/24 via 10.9.9.9 table local
ip route append 10.1.2.3 dev lo
ip route del 192.0.2.128/25 metric 10 table 200
ip route get 10.0.5.5 from 192.0.2.1
ip rule
ip route del 10.0.0.1/8
ip route show root 10.0.0.0/8
ip link set veth0 down
ip route show table 100
ip rule add to 172.16.0.0/12 pref 100 unreachable
ip rule
ip route get 127.0.0.1
ip route add 10.0.0.0/8 dev veth0 table local
ip route add prohibit 172.16.0.0/12 metric 0 table 1000
ip route show table local
ip route add 172.16.0.0/12 via 192.0.2.3 dev nosuch metric 0 table 1000
ip route add 10.0.0.1/8 via 198.51.100.3 dev veth2 metric 20 table 200
ip route show dev veth0
ip rule add to 172.16.0.0/12 unreachable
ip route get 198.51.100.7 from 192.0.2.1
ip route get 203.0.113.9 from 198.51.100.1
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip rule add iif veth1 pref 200 table 100
ip route add blackhole 10.0.0.0/16 metric 20 table 1000
ip route get 8.8.8.8
ip route add blackhole 0.0.0.0/1
ip route add 10.0.0.0/24 via 192.0.2.2 metric 20
route -n
ip route get 10.0.5.5 from 192.0.2.1
ip route add 172.16.0.0/12 via 10.9.9.9 dev nosuch table 200
ip route get 192.0.2.200
ip route add blackhole 10.0.0.0/8 metric 20 table 200
ip route del 0.0.0.0/1 via 198.51.100.2 table 100
ip route show table all
ip rule
