# Seeded random routing scenario (seed 58), from conformance/generators/routing.ts.
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
ip route get 127.0.0.1
ip route show dev veth0
ip route del throw 128.0.0.0/1 metric 10 table 1000
ip route add prohibit 10.0.0.0/24 metric 0 table 100
ip route flush table all
ip route add 10.1.2.3 dev veth2 metric 10
ip -d route
ip rule add iif veth1 table 100
ip -j route
ip route add 10.0.0.0/24 dev lo metric 10 table local
ip route show table 100
ip route add default via 192.0.2.2 metric 10
ip route prepend throw 10.1.2.0/24 metric 10
ip route add throw 10.1.0.0/16 metric 10
ip route get 10.1.2.3 from 198.51.100.1
ip route flush type blackhole
ip -d route
ip route flush proto boot
ip route append unreachable 0.0.0.0/1 metric 10 table 200
ip route replace 10.0.0.0/16 nexthop via 198.51.100.2 weight 2 nexthop via 198.51.100.2 metric 10
ip route add prohibit 192.0.2.128/25 metric 0 table local
ip route add blackhole 128.0.0.0/1 metric 0
ip route show table local
ip route get 192.0.2.1 oif veth2
ip route add 10.0.0.0/16 dev nosuch metric 10
ip route add 192.0.2.128/25 dev veth0 metric 20
ip route show table 100
ip route add blackhole 10.0.0.0/16 metric 0 table 100
route -n
ip route change prohibit 10.0.0.0/24 metric 20 table 1000
ip route show dev veth0
ip route add prohibit 10.1.2.0/24 table local
ip -6 route
ip route add blackhole 10.0.0.1/8
ip route add 10.0.0.1/8 via 10.9.9.9 dev lo
ip route add 0.0.0.0/1 via 198.51.100.2 dev veth0 table 1000
route -n
ip route replace blackhole default metric 20
ip route prepend blackhole 128.0.0.0/1 metric 20 table 100
ip route add 10.0.0.1/8 via 192.0.2.3 dev veth1 metric 10
ip route get 10.0.0.1 oif veth2
ip route
ip route show dev veth0
ip route del 172.16.0.0/12 table local
ip route get 8.8.8.8 from 192.0.2.1
ip route show table all
ip route show root 10.0.0.0/8
ip rule del from 192.0.2.0/24 pref 200 table 100
ip route get 10.0.5.5 from 198.51.100.1
ip rule add iif veth1 lookup 200
ip route show table all
ip rule
