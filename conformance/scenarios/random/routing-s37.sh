# Seeded random routing scenario (seed 37), from conformance/generators/routing.ts.
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
ip route get 10.1.2.3 mark 7
ip route add throw default metric 10 table 200
ip route show table 100
ip route get 192.0.2.255 from 198.51.100.1
ip route show table 100
ip route get 192.0.2.1
ip route flush table 100
ip route get 10.1.2.4 iif veth1 from 203.0.113.5
ip route replace blackhole 172.16.0.0/12
ip rule add from 192.0.2.0/24 pref 200 table 100
ip route add blackhole 0.0.0.0/1 metric 0
ip route add unreachable 10.0.0.0/8 metric 0 table 1000
ip route add 10.1.0.0/16 via 198.51.100.3 dev veth2 metric 20 table local
ip route flush dev veth0
ip route del 0.0.0.0/1 metric 10
ip -d route
ip route del 10.1.0.0/16
ip route get 10.0.0.1
ip route add 10.0.0.0/24 via 192.0.2.2 metric 10 table 1000
ip -j route
ip route show table local
ip route add 10.1.0.0/16 dev nosuch
ip route get 127.0.0.1 oif veth2
ip route del 0.0.0.0/1 dev lo metric 10
ip route add 172.16.0.0/12 dev veth0
ip route replace 10.1.0.0/16 dev veth1 table 100
ip route add prohibit 10.0.0.0/8 metric 0 table 1000
ip route prepend prohibit 0.0.0.0/1 metric 0
ip rule add to 172.16.0.0/12 pref 100 blackhole
ip -j route
ip route get 127.0.0.1
ip route add 10.0.0.1/8 dev nosuch metric 0
ip route add 128.0.0.0/1 via 192.0.2.3 dev nosuch metric 0 table local
ip route get 10.1.2.3 from 192.0.2.1
ip route change 0.0.0.0/1 dev nosuch metric 20
ip route add 10.1.2.0/24 via 10.9.9.9 dev lo metric 20 table 200
ip link set veth2 up
ip link set veth3 up
ip route del 192.0.2.128/25
ip route add throw 10.0.0.0/8 metric 10 table 200
ip -j route
ip route show table all
ip -j route
ip route show table local
ip route del prohibit 10.0.0.0/16 metric 20
ip route
ip route add blackhole default metric 20 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route get 203.0.113.9 from 192.0.2.1
ip route show table all
ip rule
