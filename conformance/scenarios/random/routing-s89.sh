# Seeded random routing scenario (seed 89), from conformance/generators/routing.ts.
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
ip route add throw 128.0.0.0/1
ip -6 route
ip route show table 100
ip route get 8.8.8.8
ip route show dev veth0
ip route add 192.0.2.128/25 via 192.0.2.1 table 1000
ip route show table local
ip route show table all
ip route get 10.1.2.3 iif veth1 from 203.0.113.5
ip route
ip rule add to 172.16.0.0/12 pref 100 unreachable
ip route add 10.1.2.3 via 192.0.2.2 metric 10
ip route add throw 172.16.0.0/12
ip route add blackhole 172.16.0.0/12 metric 0 table local
ip route add throw 10.0.0.0/8 metric 20
ip rule add from 192.0.2.0/24 unreachable
ip route add unreachable 10.0.0.0/24 metric 20 table 1000
ip route del 10.1.2.0/24 metric 10
ip route del 172.16.0.0/12
ip route show table all
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route get 192.0.2.1 from 192.0.2.1
ip route add prohibit 10.0.0.0/8 table 100
ip route add 128.0.0.0/1 via 192.0.2.3 metric 10
ip route add prohibit 10.0.0.0/16
ip link set veth3 up
ip route add 10.0.0.0/24 dev veth2 table local
ip route del 10.0.0.0/24 dev veth0 metric 10
ip -6 route
ip route add 10.0.0.0/8 dev veth1 metric 20 table 200
ip rule add from 10.0.0.0/8 unreachable
ip link set veth3 up
ip route del prohibit 10.0.0.0/8 metric 0
ip link set veth2 up
ip route
route -n
ip route get 192.0.2.1 from 198.51.100.1
ip route add throw default
ip route add throw 10.1.0.0/16 metric 0 table 1000
ip rule add iif veth1 pref 100 blackhole
ip rule add fwmark 7 pref 100 table 100
ip route del 10.0.0.0/8 metric 0 table 100
ip route show table all
ip route add 10.1.2.0/24 dev lo table local
ip route add 10.1.2.0/24 via 192.0.2.1 metric 0
ip route add throw 10.1.0.0/16 metric 20 table 100
ip route del 172.16.0.0/12 via 198.51.100.3 metric 0
ip route add throw 10.1.2.0/24
ip route add 128.0.0.0/1 dev lo table local
ip route get 198.51.100.7 from 198.51.100.1
ip route show table all
ip rule
