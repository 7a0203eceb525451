# Seeded random routing scenario (seed 83), from conformance/generators/routing.ts.
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
ip route add unreachable default
ip route append throw 172.16.0.0/12 metric 0 table 100
ip route del 128.0.0.0/1 dev veth2 metric 10 table 100
ip link set veth0 up
ip rule
ip route show table all
ip route show table 100
ip route add throw 10.0.0.0/8 metric 10 table 1000
ip route del 10.0.0.0/24
ip route add 192.0.2.128/25 dev veth1 table 100
ip route get 10.1.2.4
ip route show table all
ip route get 10.1.2.4
route -n
ip route show root 10.0.0.0/8
ip route get 192.0.2.255 from 192.0.2.1
ip route change throw 10.0.0.1/8 metric 20
ip route add 10.0.0.0/8 dev lo metric 10 table 1000
ip route show table 100
ip route del 10.0.0.1/8 metric 0 table 200
ip route show table local
ip route add 10.0.0.1/8 via 192.0.2.1 table 1000
ip route add 10.1.2.0/24 dev veth1 metric 0 table local
ip route del 172.16.0.0/12 dev veth0 metric 10 table 1000
ip rule del from 192.0.2.0/24 pref 100 unreachable
ip route add 10.1.2.3 via 198.51.100.2 dev veth2
ip route change prohibit 10.0.0.0/16 metric 0
ip route get 10.0.5.5
ip -6 route
ip route get 192.0.2.255
ip route get 192.0.2.1 oif veth2
ip route add unreachable 128.0.0.0/1 metric 10 table 100
ip route get 10.0.5.5 oif veth2
ip route show dev veth0
ip route replace default via 198.51.100.2 table local
ip route show dev veth0
ip route add 10.1.0.0/16 dev veth2 metric 10
ip route add 10.0.0.0/16 dev lo metric 10 table 200
ip route add throw 10.0.0.0/24 table 1000
ip route add prohibit 0.0.0.0/1
ip route add 0.0.0.0/1 via 198.51.100.2 dev veth2 metric 20 table 200
ip route add prohibit 10.1.0.0/16
ip route replace blackhole 128.0.0.0/1 metric 10
ip -6 route
ip rule add from 10.0.0.0/8 pref 100 blackhole
ip route show table local
ip rule del from 192.0.2.0/24 pref 200 table 100
ip route show table local
ip rule add to 172.16.0.0/12 pref 100 table main
ip route get 192.0.2.200
ip route show table all
ip rule
