# Seeded random routing scenario (seed 51), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/16 via 192.0.2.3 metric 10
route -n
ip route change unreachable 10.0.0.0/16 table local
ip route del 10.0.0.1/8 dev nosuch
ip route add throw 128.0.0.0/1 table 200
ip rule add from 192.0.2.0/24 blackhole
ip route get 10.1.2.4
ip route prepend throw 172.16.0.0/12 metric 10 table 1000
ip route add prohibit 10.1.2.3 table 200
ip route add throw default metric 20 table local
ip route add blackhole default metric 10
ip route add prohibit 10.0.0.0/8 table 200
ip route add 10.1.2.0/24 via 198.51.100.2
ip route add blackhole default metric 10 table 1000
ip route change throw 10.0.0.0/16 table 1000
ip route get 10.0.5.5 from 192.0.2.1
ip rule
ip route add 10.0.0.0/8 dev nosuch metric 10 table 100
ip route add unreachable 10.1.2.0/24 metric 20
ip route del throw 172.16.0.0/12
ip -6 route
ip route add prohibit 172.16.0.0/12 table 200
ip route add blackhole default metric 10 table 100
ip route show match 10.1.2.3
ip route get 203.0.113.9 oif veth2
ip link set veth2 up
ip link set veth2 up
ip route get 192.0.2.200
ip route get 10.0.0.1 mark 7
ip route get 172.16.1.1
ip route get 10.0.5.5
ip route add 10.0.0.0/24 dev veth1 metric 0 table 1000
ip route add default dev veth0 metric 10 table 100
ip route add prohibit 192.0.2.128/25 table 1000
ip route flush type blackhole
ip route prepend prohibit 10.1.2.3 table 200
ip -j route
ip rule add from 10.0.0.0/8 table main
ip route get 172.16.1.1 from 198.51.100.1
ip -j route
ip route show table local
ip route show table all
ip route add 10.0.0.0/24 via 198.51.100.2 metric 10
ip route show table 100
ip route add 10.0.0.0/24 dev veth2
ip route add blackhole 0.0.0.0/1 table 1000
ip route add unreachable 172.16.0.0/12 metric 0 table 100
ip route add 0.0.0.0/1 nexthop via 203.0.113.2 weight 2 nexthop via 192.0.2.2
ip link set veth2 up
ip route get 192.0.2.200 mark 7
ip route show table all
ip rule
