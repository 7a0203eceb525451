# Seeded random routing scenario (seed 26), from conformance/generators/routing.ts.
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
ip route get 192.0.2.200
ip route show root 10.0.0.0/8
ip rule
ip -d route
ip route add 10.0.0.1/8 via 192.0.2.1 dev veth0 metric 20 table 200
ip route get 10.0.0.1 mark 7
ip route add unreachable 192.0.2.128/25 table 200
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route add blackhole 10.0.0.0/8 metric 10
ip route get 203.0.113.9 from 192.0.2.1
ip route del blackhole default
ip route add prohibit 192.0.2.128/25 table local
ip route add unreachable 172.16.0.0/12 table 200
ip route add prohibit 10.0.0.0/8 table local
ip route show table local
ip route del 0.0.0.0/1
ip link set veth2 up
ip route get 10.0.5.5 oif veth2
ip -j route
ip route get 172.16.1.1 from 198.51.100.1
ip route show table local
ip route get 10.1.2.4 from 192.0.2.1
ip rule add from 10.0.0.0/8 pref 200 table main
ip route get 10.1.2.4 mark 7
ip route get 10.1.2.4 mark 7
ip route add 128.0.0.0/1 via 192.0.2.1 metric 0 table 1000
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table local
ip route add throw 172.16.0.0/12 table 200
ip -j route
ip route add blackhole 10.0.0.0/24 metric 10
ip route get 192.0.2.1
ip route get 10.1.2.4 from 198.51.100.1
ip route flush proto boot
ip route flush table all
ip -d route
ip route del 128.0.0.0/1
ip route get 192.0.2.255 from 198.51.100.1
ip rule add from 192.0.2.0/24 pref 200 blackhole
route -n
route -n
ip rule add iif veth1 pref 100 lookup 200
ip route get 10.0.5.5 from 192.0.2.1
ip route add unreachable 192.0.2.128/25 metric 20
ip -6 route
ip route add prohibit 10.1.2.3 table 100
ip route del 192.0.2.128/25 via 203.0.113.2
ip route add 10.1.2.0/24 dev lo metric 20
ip route append 10.1.2.3 via 203.0.113.2 dev veth1 metric 0 table local
ip link set veth0 up
ip route del default
ip route show table all
ip rule
