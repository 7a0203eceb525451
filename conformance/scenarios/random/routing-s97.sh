# Seeded random routing scenario (seed 97), from conformance/generators/routing.ts.
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
ip route add prohibit 172.16.0.0/12 metric 10
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route
ip route show dev veth0
ip route get 192.0.2.200 mark 7
ip route get 172.16.1.1
ip route get 10.1.2.4 oif veth2
ip -d route
ip route add 10.0.0.0/8 via 192.0.2.1 metric 0 table 1000
ip route add blackhole 10.0.0.0/16
ip route get 192.0.2.255
ip route get 10.1.2.3 from 192.0.2.1
ip route add prohibit 10.0.0.0/16 table 200
ip route add throw 10.0.0.0/24 metric 0 table 1000
ip route get 192.0.2.1 mark 7
ip route append throw 10.0.0.0/16 metric 20 table 200
ip route del throw 0.0.0.0/1
ip -6 route
ip rule del from 10.0.0.0/8 pref 200 blackhole
ip route add prohibit 10.0.0.0/8 metric 0
ip route add blackhole 10.1.2.3 table 100
ip route add blackhole 192.0.2.128/25
route -n
ip rule
ip route add 192.0.2.128/25 via 198.51.100.3 metric 10 table local
ip route add throw 10.1.0.0/16 table 200
ip route add prohibit 10.0.0.0/24 table 1000
ip route get 10.0.5.5 from 192.0.2.1
ip route add unreachable 0.0.0.0/1 metric 10 table 100
ip route prepend 128.0.0.0/1 via 10.9.9.9 table 1000
ip route del blackhole 10.0.0.0/24 table local
ip route append 10.0.0.0/8 via 192.0.2.1 metric 0
ip route add 10.1.2.3 nexthop via 203.0.113.2 weight 3 nexthop via 192.0.2.3 metric 0 table 200
ip route add 192.0.2.128/25 via 192.0.2.1 dev nosuch table 100
ip route add throw 10.1.2.3 table 1000
ip route get 192.0.2.200 oif veth2
ip route show table all
ip route replace prohibit 192.0.2.128/25 metric 20
ip route
ip route show match 10.1.2.3
ip route
ip route get 203.0.113.9 from 198.51.100.1
ip route add throw 10.1.0.0/16 metric 10
ip route replace unreachable 10.0.0.1/8 metric 20 table 200
ip route add 10.1.2.0/24 via 10.9.9.9 metric 0 table local
ip rule add iif veth1 lookup 200
ip -d route
ip route add prohibit 10.1.2.3 table local
ip route append unreachable 10.1.2.3
ip route del 172.16.0.0/12
ip route show table all
ip rule
