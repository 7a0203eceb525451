# Seeded random routing scenario (seed 4), from conformance/generators/routing.ts.
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
ip route append 10.0.0.0/24 dev veth0 metric 0 table 200
ip route get 192.0.2.1 from 192.0.2.1
ip route get 203.0.113.9 oif veth2
ip route get 8.8.8.8 oif veth2
ip route get 192.0.2.255 from 198.51.100.1
ip route flush proto boot
ip route show table local
ip route show root 10.0.0.0/8
ip route prepend 10.1.2.3 dev lo table local
ip route del 10.0.0.0/16
ip route add unreachable 10.1.2.3 metric 20 table 1000
ip route add blackhole 10.0.0.1/8 metric 10 table 1000
ip route add prohibit 10.1.2.0/24 metric 20
ip route add blackhole 128.0.0.0/1 table 100
ip route get 192.0.2.255 mark 7
ip route add unreachable 128.0.0.0/1 metric 0 table local
ip route add throw 10.1.2.0/24 metric 0 table 1000
ip route del 10.0.0.1/8
ip route get 203.0.113.9
ip route get 127.0.0.1 mark 7
route -n
ip route get 10.0.5.5 mark 7
ip route show table all
ip route add prohibit 10.1.2.0/24 metric 0
ip -j route
ip route show root 10.0.0.0/8
ip route add unreachable 10.0.0.0/8 metric 20 table 100
ip route del 10.0.0.0/8 metric 20
ip route prepend unreachable 10.0.0.0/16 metric 10 table 1000
ip -6 route
ip -j route
ip route del default metric 20
ip route show match 10.1.2.3
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 1000
ip route flush root 10.0.0.0/8
ip route del 10.0.0.0/8
ip route del prohibit 10.0.0.0/16 metric 20
ip route add throw 0.0.0.0/1 metric 0 table 1000
ip route show match 10.1.2.3
ip rule
route -n
ip route add throw 192.0.2.128/25 metric 10 table local
ip route get 203.0.113.9
ip route get 192.0.2.1 mark 7
ip route show table 100
ip route add blackhole 10.0.0.0/24 metric 0 table local
ip -j route
ip route del 192.0.2.128/25 dev veth2 metric 0 table local
ip rule
ip route prepend 10.1.0.0/16 via 198.51.100.3 table local
ip route show table all
ip rule
