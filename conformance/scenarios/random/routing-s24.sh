# Seeded random routing scenario (seed 24), from conformance/generators/routing.ts.
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
ip route show table local
ip route add blackhole 10.0.0.0/16 metric 10 table 1000
ip route show match 10.1.2.3
ip route append blackhole 0.0.0.0/1 metric 0 table 1000
ip rule add iif veth1 pref 100 table main
ip route get 198.51.100.7
ip route add prohibit 192.0.2.128/25
ip route get 192.0.2.1 from 192.0.2.1
ip route flush table 100
ip -d route
ip route del 10.1.0.0/16 metric 20
ip rule add from 192.0.2.0/24 pref 200 unreachable
ip route add throw 0.0.0.0/1 metric 0 table 100
ip route del 10.1.2.0/24 metric 0
ip route add throw 10.1.2.0/24
ip rule add from 192.0.2.0/24 pref 100 lookup 200
ip route flush table 100
ip route get 10.0.5.5 iif veth1 from 203.0.113.5
ip route add prohibit 10.1.0.0/16 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add throw 172.16.0.0/12 metric 10 table 1000
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table local
ip route add blackhole 10.1.2.3 table 100
ip route show root 10.0.0.0/8
ip route get 8.8.8.8 oif veth2
ip route del prohibit 128.0.0.0/1 metric 10 table 1000
ip route add 10.1.0.0/16 nexthop via 198.51.100.3 weight 2 nexthop via 203.0.113.2 metric 20 table 1000
ip route flush table all
ip route show table all
ip route get 10.0.0.1 mark 7
ip route del prohibit 0.0.0.0/1 table 200
ip route add throw 0.0.0.0/1 metric 0 table local
ip route add 10.0.0.0/8 dev veth2
ip route show table all
ip route flush dev veth0
ip route add 192.0.2.128/25 via 198.51.100.2 metric 0 table 1000
ip route del 0.0.0.0/1
ip route get 172.16.1.1 oif veth2
ip route add blackhole 10.1.2.3 table 100
ip rule add from 192.0.2.0/24 pref 200 lookup 200
ip route get 10.0.5.5 oif veth2
ip route add 10.0.0.0/8 via 198.51.100.3 metric 20 table 200
ip route del 10.0.0.0/16 dev veth1 metric 20 table 1000
ip route add throw 10.0.0.1/8 metric 0 table local
ip route add 10.0.0.0/24 dev veth1
ip route get 10.1.2.3
ip route add 192.0.2.128/25 dev veth0
ip route flush root 10.0.0.0/8
ip route
ip route add prohibit 10.1.0.0/16 table local
ip route show table all
ip rule
