# Seeded random routing scenario (seed 78), from conformance/generators/routing.ts.
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
ip route prepend unreachable 192.0.2.128/25 table 100
ip route flush table all
ip route append 128.0.0.0/1 dev veth1 metric 20
ip route del 0.0.0.0/1
ip route get 192.0.2.1 from 198.51.100.1
ip route replace prohibit 172.16.0.0/12 metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10
ip route del unreachable 10.0.0.0/8 metric 0 table 100
ip rule add from 192.0.2.0/24 pref 200 blackhole
ip -j route
ip route del 10.0.0.0/16
ip route show dev veth0
ip rule del to 172.16.0.0/12 unreachable
ip route append throw 192.0.2.128/25
ip route get 10.1.2.4
ip route show table local
ip route get 127.0.0.1
ip route show table all
ip route add 172.16.0.0/12 via 203.0.113.2 dev nosuch table 1000
ip route show match 10.1.2.3
ip route del 0.0.0.0/1 via 192.0.2.1 metric 20 table 1000
ip route add unreachable 192.0.2.128/25 metric 0 table 1000
ip rule add to 172.16.0.0/12 unreachable
ip route add 10.1.2.0/24 via 198.51.100.3 metric 20 table 100
ip route show match 10.1.2.3
ip rule
ip route add unreachable 10.1.2.0/24
ip -d route
ip route add throw 10.0.0.0/8 table local
ip route get 192.0.2.255 from 192.0.2.1
ip -d route
ip route add prohibit 10.1.2.0/24 metric 20
ip route show table all
ip route add 10.0.0.0/16 via 198.51.100.2
ip rule add fwmark 7 pref 100 lookup 200
ip route show table local
ip route show dev veth0
ip route
ip route show root 10.0.0.0/8
ip route add blackhole 128.0.0.0/1 metric 10
ip route
ip route add blackhole 10.0.0.0/8
ip route show dev veth0
ip rule add iif veth1 pref 200 unreachable
ip route add throw 192.0.2.128/25
ip route add 10.0.0.0/8 dev veth1 metric 20 table 100
ip route add throw 10.1.0.0/16 table 100
ip -j route
ip route add 192.0.2.128/25 via 10.9.9.9 metric 20 table 200
ip route get 198.51.100.7 oif veth2
ip route show table all
ip rule
