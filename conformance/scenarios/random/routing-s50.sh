# Seeded random routing scenario (seed 50), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/8 via 192.0.2.1
ip route show table 100
ip route add 10.0.0.0/24 nexthop via 192.0.2.2 weight 3 nexthop via 198.51.100.3 table 200
ip route prepend 192.0.2.128/25 via 203.0.113.2 dev veth2 metric 20
ip route del 10.1.0.0/16 metric 0 table 200
ip route get 10.0.0.1 mark 7
ip route show table 100
ip route flush table 100
ip route add unreachable 10.1.2.0/24 table 200
ip route show table 100
ip route add blackhole 10.0.0.0/16 metric 10
ip rule
ip rule del from 192.0.2.0/24 pref 200 table 100
ip route get 172.16.1.1 mark 7
ip route show root 10.0.0.0/8
ip route add blackhole 10.0.0.1/8
ip route del default
ip route add unreachable 10.1.0.0/16 table local
ip route append blackhole default metric 20 table 1000
ip route add prohibit 10.0.0.1/8 metric 0 table 1000
ip route del 10.1.2.0/24
ip route show table 100
ip route show root 10.0.0.0/8
ip route add prohibit 128.0.0.0/1
ip route add prohibit 10.0.0.1/8 metric 0 table 200
ip route add prohibit 10.0.0.0/24
ip rule del fwmark 7 pref 100 unreachable
ip route add blackhole 0.0.0.0/1 metric 20
ip route del 10.1.2.3
ip rule del from 10.0.0.0/8 unreachable
ip route append throw 172.16.0.0/12 metric 10
ip route add 0.0.0.0/1 via 198.51.100.2 dev veth2 metric 10
ip route flush dev veth0
ip rule
ip route change 10.1.2.0/24 via 198.51.100.2
ip route add 10.0.0.0/24 via 198.51.100.3 metric 20 table 200
ip route append unreachable 128.0.0.0/1
ip route
ip route get 198.51.100.7
ip route add blackhole 10.1.2.3
ip route add blackhole 10.0.0.0/8 metric 20
ip route get 10.0.5.5
ip -j route
ip route add 0.0.0.0/1 dev veth1 metric 10
ip route add default nexthop via 192.0.2.1 weight 2 nexthop via 203.0.113.2 metric 10 table 200
ip route add prohibit 10.1.2.3 metric 0
ip route get 192.0.2.1 from 198.51.100.1
ip route add blackhole default metric 10 table local
ip route add throw 128.0.0.0/1 metric 20
ip route add unreachable 128.0.0.0/1 table 100
ip route show table all
ip rule
