# Seeded random routing scenario (seed 6), from conformance/generators/routing.ts.
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
ip route add unreachable 10.0.0.0/24
route -n
ip route add throw 10.1.2.0/24
ip route del 192.0.2.128/25 table 1000
ip rule
route -n
ip route show table 100
ip rule add to 172.16.0.0/12 table main
ip route del 172.16.0.0/12 table local
ip route add 10.1.2.0/24 dev veth0
ip route add 10.1.0.0/16 via 192.0.2.2
ip route show root 10.0.0.0/8
ip route add blackhole 10.1.2.3 metric 10 table 200
ip route add 192.0.2.128/25 via 192.0.2.3 metric 10 table 200
ip route get 203.0.113.9
ip link set veth2 up
ip route add 10.0.0.1/8 via 192.0.2.2 metric 10
ip route get 192.0.2.200 from 198.51.100.1
ip route show table 100
ip route add blackhole 10.1.2.0/24
ip route add 10.0.0.0/16 dev lo table 200
ip route add throw 10.1.2.3 metric 0 table local
ip -j route
ip route get 10.0.0.1 from 192.0.2.1
ip route show table 100
ip route get 10.0.5.5 from 192.0.2.1
ip route add 128.0.0.0/1 dev veth2 table 1000
ip route show root 10.0.0.0/8
ip link set veth3 down
ip route add 172.16.0.0/12 dev nosuch
ip route
ip route add unreachable 172.16.0.0/12 table 1000
ip route prepend blackhole 10.1.0.0/16
ip route replace unreachable 192.0.2.128/25 metric 0 table 1000
ip route
ip rule add iif veth1 pref 100 table 100
ip route
ip route add blackhole 128.0.0.0/1 metric 20 table 1000
ip route add blackhole 10.1.2.0/24 metric 10 table 1000
ip route del 172.16.0.0/12
ip route show table all
ip route del 10.0.0.0/16 table 1000
ip route show table 100
ip route change unreachable 10.0.0.0/24 table 200
ip rule add from 192.0.2.0/24 pref 100 lookup 200
ip route show table 100
route -n
ip route add unreachable 192.0.2.128/25 metric 10 table 100
ip route add 128.0.0.0/1 via 192.0.2.1 metric 10
route -n
ip route show table all
ip rule
