# Seeded random routing scenario (seed 69), from conformance/generators/routing.ts.
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
ip route change prohibit 10.0.0.1/8 metric 20
route -n
ip route show dev veth0
ip -j route
ip route get 10.1.2.4
ip route add unreachable 128.0.0.0/1 metric 20 table 1000
ip -j route
ip route get 10.1.2.3 from 192.0.2.1
ip route get 10.1.2.3
ip -d route
ip route
ip route add 10.0.0.0/24 dev veth1
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip rule
ip route get 172.16.1.1 from 198.51.100.1
ip route del 10.1.2.3 table 100
ip rule add iif veth1 pref 200 lookup 200
ip route
ip route show table all
ip route show table 100
ip route get 198.51.100.7 from 198.51.100.1
ip route add 128.0.0.0/1 dev lo metric 10 table 200
ip route flush proto boot
ip route add blackhole 0.0.0.0/1 metric 20
ip route show root 10.0.0.0/8
ip route add 128.0.0.0/1 dev veth0 metric 0
ip -j route
ip -j route
ip route add blackhole 10.1.0.0/16 table 1000
ip route add throw 10.0.0.0/8
ip route add prohibit 192.0.2.128/25
ip route show table local
ip route add throw 192.0.2.128/25 metric 10 table 1000
ip route get 10.0.0.1
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route del 10.0.0.0/8
ip route del default metric 10 table 1000
ip -6 route
ip route show table all
ip route del blackhole 128.0.0.0/1 metric 20
ip route get 198.51.100.7
ip route add blackhole default table 200
ip route add unreachable 172.16.0.0/12 metric 0
ip route del 10.1.2.0/24 via 192.0.2.2 metric 10
ip route add prohibit 128.0.0.0/1 metric 0
ip rule
ip route change unreachable 10.1.0.0/16 metric 10 table 1000
ip route del 10.1.0.0/16
ip route show table all
ip route show table local
ip route show table all
ip rule
