# Seeded random routing scenario (seed 76), from conformance/generators/routing.ts.
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
ip route get 192.0.2.1
ip route show root 10.0.0.0/8
ip link set veth3 up
ip route replace blackhole 10.0.0.0/16 metric 0 table 100
ip route show match 10.1.2.3
ip route add 10.1.2.3 via 192.0.2.1 table 100
ip route get 203.0.113.9 mark 7
ip rule add to 172.16.0.0/12 pref 100 blackhole
ip route show root 10.0.0.0/8
ip route add 10.1.0.0/16 via 203.0.113.2 metric 0
ip route add blackhole 172.16.0.0/12 table local
ip rule
ip route add unreachable 10.1.2.0/24 metric 0 table 1000
ip route del 10.0.0.0/16 dev nosuch metric 0 table local
ip route get 192.0.2.1 oif veth2
ip route get 10.0.0.1
ip route add throw 172.16.0.0/12 metric 10
ip route del 192.0.2.128/25
ip rule
ip route del 10.0.0.0/8
ip link set veth3 up
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route add unreachable 10.1.2.3 metric 10 table 100
ip route show table local
ip route get 198.51.100.7
ip route show table local
ip route del prohibit 10.0.0.0/24 metric 0
ip route add blackhole 10.0.0.0/24
ip route add 10.0.0.0/16 nexthop via 192.0.2.2 weight 2 nexthop via 192.0.2.3 table local
ip route del 10.1.2.0/24
ip route add throw 10.0.0.0/24 metric 20 table local
ip route add throw 0.0.0.0/1 table 100
ip route get 192.0.2.255 oif veth2
ip rule add to 172.16.0.0/12 blackhole
ip -j route
ip route add 10.1.2.3 via 198.51.100.2 dev nosuch
ip rule add from 192.0.2.0/24 lookup 200
ip route add 10.1.0.0/16 via 198.51.100.3 metric 20 table 200
ip route add 10.0.0.0/16 via 192.0.2.2 metric 0
route -n
ip route add 10.0.0.0/16 via 192.0.2.3 metric 10 table 200
ip route add default via 10.9.9.9 metric 0
ip route flush dev veth0
ip route show root 10.0.0.0/8
ip route add 172.16.0.0/12 via 203.0.113.2 dev nosuch metric 0
ip route
ip rule
ip route replace prohibit 0.0.0.0/1 metric 0
ip route show dev veth0
ip rule add iif veth1 pref 200 blackhole
ip route show table all
ip rule
