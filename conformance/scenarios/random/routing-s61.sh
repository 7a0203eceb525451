# Seeded random routing scenario (seed 61), from conformance/generators/routing.ts.
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
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table local
ip route get 127.0.0.1 from 192.0.2.1
ip route get 8.8.8.8 iif veth1 from 203.0.113.5
ip route flush proto boot
route -n
ip route get 192.0.2.255
ip route add 192.0.2.128/25 dev lo table local
ip route show table 100
ip route add prohibit 10.1.2.3 metric 10 table 100
ip route add 128.0.0.0/1 dev veth0 metric 20
ip rule del from 10.0.0.0/8 pref 200 table 100
ip -d route
ip -j route
ip route add prohibit 10.0.0.1/8 metric 0 table local
ip route prepend prohibit 192.0.2.128/25 table 100
ip -d route
ip route add prohibit 128.0.0.0/1 metric 10
ip route show table 100
ip route append unreachable 128.0.0.0/1
ip -j route
ip route get 203.0.113.9
ip route add prohibit 10.0.0.0/16
ip route
ip route del 10.1.2.3 dev veth0 metric 10 table 100
ip route prepend blackhole 192.0.2.128/25 metric 20 table 100
ip route add 10.0.0.0/16 via 10.9.9.9
ip route add throw 10.0.0.0/24 metric 10 table 1000
ip -j route
ip route flush table all
ip route add prohibit 192.0.2.128/25 metric 10
ip route get 10.1.2.3 from 198.51.100.1
ip route add blackhole 192.0.2.128/25 metric 0
ip -6 route
ip route change 10.0.0.1/8 dev veth2 metric 10 table 1000
ip route add prohibit 10.1.2.3 metric 10 table 100
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route show match 10.1.2.3
ip route show table local
ip route get 10.0.0.1 iif veth1 from 203.0.113.5
ip route add throw 172.16.0.0/12 metric 20 table 1000
ip route add unreachable 10.0.0.0/8 metric 10 table 1000
ip route get 127.0.0.1 oif veth2
ip route add throw 10.1.0.0/16 metric 10 table 1000
ip route get 10.1.2.3 from 198.51.100.1
ip route add unreachable 0.0.0.0/1
ip route get 198.51.100.7 oif veth2
ip route add prohibit 10.0.0.0/8 table 100
route -n
ip route change 10.0.0.0/16 dev veth0 table 200
ip route show table all
ip rule
