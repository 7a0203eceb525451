# Seeded random routing scenario (seed 16), from conformance/generators/routing.ts.
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
ip route add prohibit 10.1.2.0/24 table 1000
ip rule add from 192.0.2.0/24 pref 100 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 dev veth2 metric 0
ip route get 10.1.2.4 mark 7
ip route show dev veth0
ip rule del iif veth1 table 100
ip route show table all
ip route show match 10.1.2.3
ip route get 8.8.8.8 oif veth2
ip route get 192.0.2.1 from 192.0.2.1
ip -6 route
ip route get 192.0.2.200
ip route add prohibit 10.0.0.1/8
ip route replace 172.16.0.0/12 via 198.51.100.2 metric 10
ip route get 192.0.2.255
ip route add 10.0.0.0/16 dev veth2 metric 10 table 1000
ip link set veth0 up
ip route show table local
ip link set veth3 down
ip route del 10.1.0.0/16 metric 20 table 200
ip route add prohibit 10.0.0.1/8
ip route show table all
ip route add prohibit 10.1.2.3 metric 20
ip route
ip route del blackhole 128.0.0.0/1 table 200
ip route append 10.0.0.0/24 dev veth2 metric 10 table local
ip route
ip route append 192.0.2.128/25 via 198.51.100.2 metric 10
ip -6 route
route -n
ip -d route
ip rule del from 192.0.2.0/24 pref 100 lookup 200
ip -j route
ip route show table all
ip route show table 100
ip route get 192.0.2.255 from 198.51.100.1
ip -d route
ip route
ip route get 10.0.5.5 from 198.51.100.1
ip rule
ip route del unreachable 192.0.2.128/25 table 1000
ip route add blackhole 10.1.2.0/24 metric 10
route -n
ip route add unreachable 10.0.0.0/24
ip route flush dev veth0
ip route add throw 192.0.2.128/25 metric 10
ip route add 192.0.2.128/25 nexthop via 192.0.2.2 weight 1 nexthop via 192.0.2.3 table local
ip route prepend throw 172.16.0.0/12
ip route add unreachable 128.0.0.0/1 metric 20
ip route show root 10.0.0.0/8
ip route show table all
ip rule
