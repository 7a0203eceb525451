# Seeded random routing scenario (seed 15), from conformance/generators/routing.ts.
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
ip route del 10.1.2.3 via 203.0.113.2 metric 0
ip route get 10.1.2.3
ip route add throw 192.0.2.128/25 metric 0
ip route add blackhole 10.0.0.0/8 table local
ip route add unreachable 10.1.2.0/24 metric 10
ip route get 127.0.0.1
ip route add 10.0.0.1/8 dev lo metric 20 table 1000
ip route add prohibit 10.0.0.0/24 metric 20 table 200
ip route add prohibit 128.0.0.0/1 table 200
ip route show table local
ip route add throw 10.1.2.3
route -n
ip rule add iif veth1 table main
ip rule
ip link set veth2 up
ip route del blackhole 128.0.0.0/1 metric 10 table local
ip route get 192.0.2.255
ip route del 10.0.0.0/8
ip route del 10.0.0.0/8 dev veth0 metric 0 table 100
ip route get 8.8.8.8 iif veth1 from 203.0.113.5
ip route add unreachable 10.0.0.1/8 metric 0
ip route get 198.51.100.7 oif veth2
ip route add 10.0.0.0/8 via 198.51.100.3
ip route get 192.0.2.255 iif veth1 from 203.0.113.5
ip route
ip route get 10.1.2.4 iif veth1 from 203.0.113.5
ip rule add to 172.16.0.0/12 table main
ip route add 10.0.0.0/24 dev veth0 metric 10 table 100
ip route show table 100
ip route flush proto boot
ip route show table all
ip route add prohibit 10.0.0.1/8 metric 20
ip route get 10.1.2.4 oif veth2
route -n
ip route add 128.0.0.0/1 nexthop via 10.9.9.9 weight 2 nexthop via 198.51.100.2 metric 20
ip -j route
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 1000
ip route add unreachable 0.0.0.0/1 metric 20
ip route add prohibit 172.16.0.0/12 metric 20 table 100
ip route add blackhole 192.0.2.128/25
ip route add 10.1.2.0/24 dev veth2 metric 20 table 1000
ip route add blackhole 10.0.0.0/24 metric 10
ip -d route
ip route del 0.0.0.0/1 dev veth0
ip rule
ip route show table local
ip route show table all
ip route get 192.0.2.1
ip rule del to 172.16.0.0/12 pref 100 table main
ip route add blackhole 10.0.0.1/8 metric 0
ip route show table all
ip rule
