# Seeded random routing scenario (seed 98), from conformance/generators/routing.ts.
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
ip route add 10.0.0.0/16 via 198.51.100.3 metric 20 table 200
ip route del 10.0.0.1/8
ip route del 172.16.0.0/12 via 192.0.2.3 metric 10 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 metric 0
ip route show table all
ip route add blackhole 192.0.2.128/25 metric 20 table 200
ip route add 128.0.0.0/1 via 10.9.9.9
ip route get 192.0.2.200 from 192.0.2.1
ip route get 203.0.113.9
ip rule
ip route get 192.0.2.1 from 192.0.2.1
ip route flush proto boot
ip rule del from 192.0.2.0/24 lookup 200
ip route add 10.1.2.3 via 192.0.2.3
ip link set veth2 up
ip route add throw 0.0.0.0/1 metric 20 table 200
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route add prohibit 10.0.0.1/8 metric 10
ip route add default via 198.51.100.2 dev nosuch
ip route show match 10.1.2.3
ip route add 128.0.0.0/1 via 192.0.2.3 metric 0 table local
ip route show match 10.1.2.3
ip route add 10.0.0.0/16 via 10.9.9.9 metric 0 table 200
ip route del 10.0.0.1/8
ip route del prohibit 10.0.0.1/8 metric 20 table 1000
ip route show table 100
ip route add unreachable 0.0.0.0/1 metric 20
ip route add 10.1.2.0/24 nexthop via 198.51.100.2 weight 2 nexthop via 192.0.2.2 metric 20
ip route flush dev veth0
ip route get 172.16.1.1
ip route del 10.0.0.1/8
ip route add unreachable 10.0.0.0/8 metric 0
ip route show dev veth0
ip route add 10.1.2.0/24 via 203.0.113.2 metric 20
ip rule
ip -d route
ip route add blackhole 10.0.0.1/8 metric 0
ip route get 192.0.2.255
ip route add blackhole 128.0.0.0/1 metric 0
ip route add unreachable 10.1.2.0/24 table 100
ip route get 203.0.113.9
ip route get 198.51.100.7
ip rule add from 192.0.2.0/24 blackhole
ip rule del to 172.16.0.0/12 pref 100 table 100
ip route show table local
ip route get 192.0.2.200 mark 7
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route show match 10.1.2.3
ip route get 198.51.100.7 from 198.51.100.1
ip route del 10.1.0.0/16
ip route show table all
ip rule
