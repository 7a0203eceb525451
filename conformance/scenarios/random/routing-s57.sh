# Seeded random routing scenario (seed 57), from conformance/generators/routing.ts.
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
ip route add default dev lo table 100
ip route flush proto boot
ip rule add to 172.16.0.0/12 table main
ip -j route
ip route add unreachable 10.0.0.1/8 metric 20 table 100
ip route add blackhole 0.0.0.0/1 metric 20
ip route add unreachable 128.0.0.0/1 table 200
ip route del 192.0.2.128/25
ip -d route
ip route show table local
ip route
ip route get 198.51.100.7
ip route append unreachable 10.0.0.1/8 table 1000
ip route add 192.0.2.128/25 via 10.9.9.9 metric 10
ip route get 10.0.0.1
ip route del 10.0.0.0/16 table 1000
ip route get 127.0.0.1 mark 7
ip route show root 10.0.0.0/8
ip route prepend 10.1.0.0/16 dev veth1 metric 10 table 1000
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10
ip route show table all
ip -6 route
ip route get 10.0.5.5 mark 7
ip rule del to 172.16.0.0/12 pref 100 table 100
ip route flush root 10.0.0.0/8
ip route add unreachable 10.0.0.0/8 metric 10
ip route show table local
ip route add throw 172.16.0.0/12 metric 0
ip -d route
ip route show table 100
route -n
ip route add blackhole 172.16.0.0/12 metric 0
ip route add 10.1.0.0/16 via 192.0.2.1 table 200
ip route add throw 10.0.0.0/8 metric 10 table local
ip rule
ip route add 10.0.0.0/16 via 192.0.2.3 table 200
ip link set veth3 down
ip route get 192.0.2.200
ip route del blackhole 10.0.0.1/8 metric 0 table 200
ip route get 192.0.2.200 oif veth2
ip route add blackhole 10.1.2.0/24
ip route add 10.0.0.0/24 via 198.51.100.3 dev nosuch metric 10
ip route del 0.0.0.0/1 via 10.9.9.9 dev veth1
ip route add prohibit 128.0.0.0/1 table 200
ip route show table all
ip route del 10.1.2.0/24 dev veth1 metric 0
route -n
ip route add 10.1.2.0/24 dev lo metric 10 table 200
ip -j route
ip link set veth2 down
ip route show table all
ip rule
