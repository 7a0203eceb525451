# Seeded random routing scenario (seed 60), from conformance/generators/routing.ts.
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
ip route add default dev lo metric 0 table 1000
ip -6 route
ip route add unreachable 10.0.0.0/24 metric 0 table local
ip route replace blackhole default metric 20 table local
ip rule add iif veth1 blackhole
ip route add throw 192.0.2.128/25
ip route show match 10.1.2.3
route -n
ip route add unreachable default table 100
ip route del unreachable 10.1.2.3
ip route del 10.0.0.0/16
ip route add prohibit 10.1.2.0/24 metric 10
ip route get 10.1.2.4
ip route prepend unreachable 0.0.0.0/1 table local
ip rule del fwmark 7 pref 100 table main
ip route del 10.1.2.3 metric 10
ip route get 192.0.2.200 from 192.0.2.1
ip -d route
ip route del 128.0.0.0/1
ip route show match 10.1.2.3
ip route del 10.0.0.0/8
ip route get 8.8.8.8
ip rule
ip route show table 100
ip route add 0.0.0.0/1 via 198.51.100.3 metric 0 table local
ip route show match 10.1.2.3
ip route add 10.1.0.0/16 dev veth2 metric 20 table 200
ip -6 route
ip rule
ip route add 10.1.2.3 via 192.0.2.3 metric 20 table local
ip link set veth0 up
ip route show table 100
ip route replace prohibit 10.0.0.0/24 metric 0 table local
ip route append 10.0.0.0/16 via 203.0.113.2 table local
ip route add prohibit 10.0.0.1/8 table local
ip route show root 10.0.0.0/8
ip route add 0.0.0.0/1 via 203.0.113.2 table 1000
ip route add unreachable 10.1.0.0/16 metric 20 table local
ip -d route
route -n
ip route get 198.51.100.7 from 198.51.100.1
ip route add unreachable 0.0.0.0/1 metric 20
ip route add 172.16.0.0/12 via 10.9.9.9 metric 0
ip rule
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip route get 10.1.2.3
ip route add prohibit default metric 0
ip route get 10.1.2.3
ip route del 10.0.0.0/16 metric 0 table 200
ip rule add fwmark 7 table 100
ip route show table all
ip rule
