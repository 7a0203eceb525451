# Seeded random routing scenario (seed 84), from conformance/generators/routing.ts.
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
ip link set veth3 up
ip route
ip rule add iif veth1 pref 100 unreachable
ip rule
ip link set veth2 down
ip route add unreachable 172.16.0.0/12 metric 20 table 100
ip route add throw 192.0.2.128/25 table 1000
ip route add 10.0.0.1/8 dev lo table 100
ip route add 172.16.0.0/12 via 10.9.9.9 metric 10
ip route show match 10.1.2.3
ip route get 10.0.0.1 iif veth1 from 203.0.113.5
ip route show table all
ip route flush table all
ip route show table all
ip route add 192.0.2.128/25 dev veth0 table local
ip route add throw 0.0.0.0/1
ip route del 10.1.0.0/16
route -n
ip route add 10.1.2.0/24 dev veth0 metric 0 table 100
ip route show dev veth0
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip -d route
ip link set veth0 up
ip -d route
ip route add throw 10.1.0.0/16 table 1000
ip route flush proto boot
ip route get 192.0.2.255
ip route add prohibit 172.16.0.0/12 metric 0
route -n
ip route show table all
ip route flush table all
ip link set veth3 down
ip route show dev veth0
ip route show dev veth0
ip -6 route
ip route del 10.0.0.1/8
ip route add 128.0.0.0/1 via 198.51.100.2 dev veth2 table 1000
ip -d route
ip route change 128.0.0.0/1 dev veth0 metric 20
ip route add 172.16.0.0/12 dev veth2 metric 10 table 100
ip route add 10.0.0.0/8 dev lo metric 0 table 100
ip route add unreachable default metric 20
ip link set veth3 up
ip -d route
ip route add 10.1.0.0/16 via 198.51.100.3 dev nosuch metric 10 table 200
ip route add unreachable default
ip route get 10.0.5.5
ip route add 10.0.0.1/8 via 203.0.113.2 table 100
ip route add 10.1.2.0/24 dev lo
ip route add 10.0.0.0/8 via 203.0.113.2
ip route show table all
ip rule
