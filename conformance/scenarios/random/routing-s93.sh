# Seeded random routing scenario (seed 93), from conformance/generators/routing.ts.
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
ip route del 192.0.2.128/25
ip route get 10.1.2.4 from 198.51.100.1
ip route del 10.1.2.0/24
ip route show table local
ip route show match 10.1.2.3
ip route get 192.0.2.1 from 198.51.100.1
ip route add throw 10.0.0.0/16 metric 10 table local
ip route add throw 10.1.0.0/16 metric 20 table 200
ip route del 10.1.2.0/24 table 200
ip route get 203.0.113.9 from 192.0.2.1
ip route del 10.0.0.1/8 metric 20 table 1000
ip route add prohibit default metric 20
ip -j route
ip route get 10.0.5.5 oif veth2
ip route del 10.0.0.0/8 table 200
ip rule del from 192.0.2.0/24 lookup 200
ip route add 192.0.2.128/25 dev veth0 metric 10 table 100
ip route del 0.0.0.0/1
ip -j route
ip rule add fwmark 7 pref 200 blackhole
ip route
ip route del 10.1.0.0/16
ip route prepend 172.16.0.0/12 dev lo table 200
ip route del default
route -n
ip route get 192.0.2.1 from 198.51.100.1
ip route get 10.1.2.3
ip route show match 10.1.2.3
ip -d route
ip route del 10.1.2.3
ip route add blackhole 172.16.0.0/12 metric 0 table local
ip route get 192.0.2.1 oif veth2
ip route show match 10.1.2.3
ip route add blackhole default table 100
ip route add 10.0.0.0/16 via 192.0.2.2 dev veth1 metric 10
ip route add blackhole 10.1.0.0/16
ip route add blackhole 192.0.2.128/25 metric 0
ip route prepend prohibit 10.1.2.3
ip route show table 100
ip route add prohibit default table 100
ip route prepend blackhole 192.0.2.128/25 metric 0 table 200
ip rule add from 10.0.0.0/8 pref 200 blackhole
ip -6 route
ip route add unreachable 10.1.2.3
ip route add unreachable 172.16.0.0/12 table 200
ip route get 192.0.2.1 from 198.51.100.1
ip route show match 10.1.2.3
ip rule add fwmark 7 pref 100 table main
ip route add 10.0.0.0/8 via 10.9.9.9 metric 0 table 200
route -n
ip route show table all
ip rule
