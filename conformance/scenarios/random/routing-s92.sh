# Seeded random routing scenario (seed 92), from conformance/generators/routing.ts.
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
ip route get 203.0.113.9 mark 7
ip route add prohibit 192.0.2.128/25 metric 10
ip -6 route
route -n
ip route show match 10.1.2.3
ip route add 10.0.0.0/8 via 192.0.2.3 dev lo metric 0 table 100
ip rule del iif veth1 pref 100 blackhole
ip route show match 10.1.2.3
ip route get 192.0.2.255 oif veth2
ip route add unreachable 10.0.0.0/8 metric 10 table 1000
ip -j route
ip route show table 100
ip link set veth3 down
ip route add 10.0.0.0/8 dev veth1 metric 0
ip -j route
ip route del 10.0.0.1/8 via 10.9.9.9 metric 20 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 metric 20 table 100
ip route get 192.0.2.255
ip route add prohibit 192.0.2.128/25 metric 0
ip route add 10.0.0.1/8 via 203.0.113.2 metric 20 table 200
ip route change unreachable 128.0.0.0/1 metric 0 table 200
ip route flush dev veth0
ip route flush type blackhole
ip route show root 10.0.0.0/8
ip route add blackhole 10.0.0.1/8 metric 10 table local
ip route add throw 192.0.2.128/25 metric 10 table 1000
route -n
ip route get 192.0.2.200 mark 7
ip route add 10.0.0.1/8 dev veth0 metric 10
ip route flush table all
ip route show table 100
ip link set veth0 up
ip route add 10.0.0.1/8 dev lo table local
ip route del 128.0.0.0/1
ip route add 10.0.0.0/24 nexthop via 192.0.2.1 weight 2 nexthop via 203.0.113.2 metric 10
ip route del 10.0.0.0/8
ip route get 192.0.2.200
ip route flush proto boot
ip rule del to 172.16.0.0/12 table main
ip rule
ip route get 192.0.2.255 mark 7
ip route add 172.16.0.0/12 dev veth0 metric 10
route -n
ip rule add iif veth1 pref 200 blackhole
ip route get 172.16.1.1
ip route del 128.0.0.0/1
ip route add 10.1.0.0/16 dev veth0 metric 0
ip route show table 100
ip link set veth2 down
ip route del 10.1.0.0/16
ip route show table all
ip rule
