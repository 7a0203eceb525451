# Seeded random routing scenario (seed 95), from conformance/generators/routing.ts.
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
ip route get 10.1.2.4 from 198.51.100.1
ip route add throw 128.0.0.0/1 table local
route -n
ip route change 192.0.2.128/25 via 198.51.100.2 table 200
ip route show match 10.1.2.3
ip route add prohibit default table 100
ip -6 route
ip route add unreachable 10.1.0.0/16
ip route get 203.0.113.9
ip route get 10.1.2.4 mark 7
ip route add 10.0.0.1/8 dev veth0
ip route del 10.1.2.3
ip route show table all
ip route show table local
ip -j route
ip route prepend prohibit 128.0.0.0/1 metric 0
ip route add unreachable 10.1.2.3 metric 20 table 1000
ip route add blackhole 10.0.0.0/24 metric 10
ip route add 10.1.2.0/24 via 192.0.2.2 dev veth0 metric 0 table 200
ip route replace 192.0.2.128/25 dev veth2 metric 20 table 1000
ip route get 10.1.2.3
ip route add prohibit 10.0.0.0/24 metric 10
ip link set veth2 down
ip route replace prohibit 10.1.2.0/24 metric 20 table 200
ip route add 10.1.2.3 nexthop via 198.51.100.3 weight 3 nexthop via 203.0.113.2 metric 20 table 200
ip -6 route
ip route del 10.0.0.0/16 metric 10 table 1000
ip -6 route
ip route get 203.0.113.9 mark 7
ip rule add from 10.0.0.0/8 pref 200 lookup 200
ip route get 172.16.1.1 oif veth2
ip rule add fwmark 7 pref 100 table 100
ip route add 128.0.0.0/1 dev lo metric 20 table 100
ip route get 192.0.2.255 from 198.51.100.1
ip route add 10.0.0.0/8 via 10.9.9.9 table local
ip route del 10.0.0.0/8
ip route get 198.51.100.7
ip rule add fwmark 7 table main
ip -j route
ip rule del to 172.16.0.0/12 pref 100 table main
ip route add prohibit 10.1.2.3 metric 0 table local
ip -j route
ip route del 172.16.0.0/12
ip rule add to 172.16.0.0/12 pref 200 table 100
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route get 192.0.2.255
ip route add 172.16.0.0/12 dev veth0 metric 20 table local
ip link set veth2 down
ip route add unreachable 172.16.0.0/12 metric 20
ip route del default
ip route show table all
ip rule
