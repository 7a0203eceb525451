# Seeded random routing scenario (seed 21), from conformance/generators/routing.ts.
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
ip route del 10.1.2.3
ip route append throw 10.0.0.0/24 metric 10 table local
ip route add blackhole 10.0.0.0/24 metric 10
ip route get 192.0.2.1 from 198.51.100.1
ip route get 198.51.100.7
ip route prepend default via 198.51.100.2 metric 0 table 200
ip route show table local
route -n
ip route show match 10.1.2.3
ip route add blackhole 10.0.0.0/8 metric 20
ip route show table local
ip route add unreachable 10.0.0.1/8
ip route add unreachable 128.0.0.0/1 metric 0
route -n
ip route add 10.0.0.0/8 via 10.9.9.9 metric 0 table local
ip route del 10.0.0.0/16
ip -j route
ip route del 192.0.2.128/25 metric 10
ip route add unreachable 10.0.0.0/8 metric 20
ip rule del to 172.16.0.0/12 pref 100 blackhole
ip route del 0.0.0.0/1
ip route show dev veth0
ip -j route
ip route add 10.0.0.0/24 dev veth0 metric 20
ip route show table local
ip route get 8.8.8.8
ip route replace 10.1.2.3 via 192.0.2.3 metric 0 table 1000
ip route get 203.0.113.9 oif veth2
ip rule add to 172.16.0.0/12 lookup 200
ip route get 8.8.8.8 mark 7
ip route add prohibit 0.0.0.0/1 metric 0 table 200
ip -6 route
ip route add 172.16.0.0/12 dev nosuch table 200
ip route get 198.51.100.7 mark 7
ip route add prohibit 128.0.0.0/1 metric 20 table 1000
ip route get 192.0.2.1 oif veth2
ip route show root 10.0.0.0/8
ip route add prohibit 10.0.0.1/8 metric 0
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip rule add from 10.0.0.0/8 pref 200 lookup 200
ip rule del from 192.0.2.0/24 pref 100 blackhole
ip rule add from 10.0.0.0/8 pref 100 unreachable
ip rule
ip route show match 10.1.2.3
ip route add blackhole 10.0.0.0/24 metric 10
ip route show match 10.1.2.3
ip rule add from 10.0.0.0/8 pref 200 unreachable
ip link set veth3 up
ip route del 10.0.0.0/16 via 203.0.113.2 dev veth2
ip rule add to 172.16.0.0/12 table 100
ip route show table all
ip rule
