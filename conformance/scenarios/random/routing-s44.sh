# Seeded random routing scenario (seed 44), from conformance/generators/routing.ts.
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
ip route add 128.0.0.0/1 dev veth2 metric 10
ip route get 192.0.2.1
ip route add throw 10.0.0.1/8 metric 0
ip route del 192.0.2.128/25
ip route show dev veth0
ip route get 10.1.2.4
ip route del 10.0.0.0/8 metric 20
route -n
ip route flush proto boot
ip route show dev veth0
ip route get 10.1.2.4 mark 7
ip -j route
ip route add prohibit 10.0.0.0/24 table local
ip route append 192.0.2.128/25 nexthop via 192.0.2.3 weight 3 nexthop via 203.0.113.2 table 200
ip route get 203.0.113.9
ip route show match 10.1.2.3
ip rule add from 10.0.0.0/8 pref 200 blackhole
ip route add 10.0.0.1/8 via 198.51.100.2 metric 20 table 1000
ip route show table 100
ip route show table local
ip route add unreachable 192.0.2.128/25 metric 20 table local
ip rule add iif veth1 blackhole
ip route show table all
ip route add blackhole 10.1.0.0/16
ip route del 0.0.0.0/1
ip -6 route
ip route show dev veth0
ip route get 10.0.5.5 from 198.51.100.1
ip route add 172.16.0.0/12 via 192.0.2.2 metric 20 table 100
ip route add prohibit 10.1.2.3 metric 0 table 100
ip route add unreachable 128.0.0.0/1 metric 10 table local
ip route flush type blackhole
ip route del 10.0.0.0/8 metric 10
ip route show table local
ip route get 10.1.2.3 from 198.51.100.1
ip route add 10.0.0.0/16 nexthop via 192.0.2.2 weight 1 nexthop via 203.0.113.2
ip -6 route
ip route show table all
ip route add 10.0.0.0/8 nexthop via 10.9.9.9 weight 2 nexthop via 198.51.100.2
ip route prepend throw 10.1.0.0/16 metric 0
ip route get 192.0.2.1 from 198.51.100.1
ip route get 172.16.1.1 oif veth2
ip route get 192.0.2.200 oif veth2
ip route del throw 172.16.0.0/12
ip route add blackhole default
ip route get 192.0.2.200
ip rule del from 10.0.0.0/8 lookup 200
ip route del 172.16.0.0/12 metric 0 table 200
ip route add unreachable 10.0.0.0/16 metric 0
ip -6 route
ip route show table all
ip rule
