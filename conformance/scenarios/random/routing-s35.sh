# Seeded random routing scenario (seed 35), from conformance/generators/routing.ts.
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
sysctl -w net.ipv4.ip_forward=1
ip rule del from 192.0.2.0/24 pref 100 lookup 200
ip route del 10.0.0.0/8 metric 10
ip route add prohibit default table 1000
ip route del 10.0.0.0/24
ip route add 172.16.0.0/12 dev veth2 metric 20
ip route change 172.16.0.0/12 via 198.51.100.3 metric 10
ip route
ip route add throw 10.0.0.0/24
ip rule del to 172.16.0.0/12 table 100
ip route get 192.0.2.255
ip -d route
ip route get 203.0.113.9
ip route get 10.0.0.1 iif veth1 from 203.0.113.5
ip route add throw 10.0.0.1/8 table 100
ip route add prohibit default metric 0 table 1000
ip route append unreachable 10.1.2.3 table local
ip route del 10.0.0.0/24 metric 10
ip route add default dev lo table 1000
route -n
ip route change blackhole 192.0.2.128/25
ip route del 10.1.2.3
ip link set veth3 up
ip rule
ip route prepend blackhole 192.0.2.128/25
ip -d route
ip route add 0.0.0.0/1 dev veth2 metric 20 table 200
ip rule add fwmark 7 lookup 200
ip route get 198.51.100.7 oif veth2
ip -j route
ip route add default dev veth1 metric 0
ip route add throw 128.0.0.0/1 metric 20 table 200
ip route show table all
ip route add unreachable 10.0.0.0/16 metric 10
ip -j route
ip rule del fwmark 7 table 100
ip -6 route
ip route add unreachable 10.0.0.0/16 metric 10 table 200
ip route add default dev veth0 table 100
ip route add prohibit 192.0.2.128/25 metric 10
ip route add blackhole default metric 20 table 1000
ip route prepend throw 10.0.0.0/8
ip route prepend prohibit default metric 0
ip -j route
ip route add throw 10.1.0.0/16 table 1000
ip route add unreachable 10.0.0.0/8 metric 10
ip route add unreachable 10.0.0.0/16 metric 10
ip route show table local
ip route append 10.1.0.0/16 via 203.0.113.2 dev veth0 metric 10
ip -j route
ip route show table all
ip route show table all
ip rule
