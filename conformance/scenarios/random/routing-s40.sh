# Seeded random routing scenario (seed 40), from conformance/generators/routing.ts.
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
ip route
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route get 10.1.2.3
ip route
ip route del 192.0.2.128/25
ip route del unreachable 10.0.0.0/16 table 1000
ip route show match 10.1.2.3
route -n
ip route add throw 172.16.0.0/12 metric 0
ip route get 10.1.2.3
ip route add blackhole 10.1.2.3 table 100
ip route add 10.0.0.0/8 via 203.0.113.2
ip route del 192.0.2.128/25 table 200
ip rule del to 172.16.0.0/12 lookup 200
ip route show match 10.1.2.3
ip route show dev veth0
ip route del 10.0.0.1/8
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route del 0.0.0.0/1 table 1000
ip route show table local
ip route add blackhole 10.0.0.1/8 table local
ip route del 10.0.0.0/16
ip route get 127.0.0.1
ip route get 192.0.2.1 from 192.0.2.1
ip route add 10.1.0.0/16 via 203.0.113.2 metric 20 table local
ip route add unreachable 10.1.0.0/16 table local
ip route prepend unreachable 192.0.2.128/25 table 100
ip route get 198.51.100.7
ip route show table 100
ip route del 10.0.0.0/8 metric 20 table local
ip route show dev veth0
ip route append blackhole 172.16.0.0/12
ip route get 10.1.2.4
ip route show dev veth0
ip route flush type blackhole
ip route show match 10.1.2.3
ip route show table local
ip route get 172.16.1.1
ip route prepend unreachable 10.1.2.0/24 metric 0
ip link set veth2 down
ip route add 192.0.2.128/25 dev veth0 table local
ip route add throw 0.0.0.0/1 table local
ip route get 10.1.2.3 iif veth1 from 203.0.113.5
ip route add 10.0.0.1/8 nexthop via 10.9.9.9 weight 1 nexthop via 10.9.9.9
ip route add 192.0.2.128/25 via 203.0.113.2 metric 0 table 1000
ip route add 10.0.0.0/8 via 198.51.100.2
ip route del 10.0.0.1/8 via 192.0.2.3 metric 20 table 100
ip -6 route
ip route add 10.0.0.0/24 dev veth1 metric 20 table 200
ip route show table local
ip route show table all
ip rule
