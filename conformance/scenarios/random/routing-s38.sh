# Seeded random routing scenario (seed 38), from conformance/generators/routing.ts.
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
ip route
ip -6 route
ip route prepend 192.0.2.128/25 via 198.51.100.3 table 200
ip route del default
ip rule add to 172.16.0.0/12 pref 200 table main
ip -6 route
ip link set veth3 up
ip -j route
ip rule add from 10.0.0.0/8 unreachable
ip route get 10.1.2.3 oif veth2
ip route show match 10.1.2.3
ip route del 0.0.0.0/1 dev nosuch metric 10 table 1000
ip route add prohibit 10.0.0.0/8 table 1000
ip rule add from 10.0.0.0/8 pref 200 table 100
ip route add blackhole 10.0.0.1/8 metric 10 table local
ip rule add from 192.0.2.0/24 pref 200 unreachable
ip route add blackhole 0.0.0.0/1 metric 20
ip rule add from 10.0.0.0/8 blackhole
ip route
ip route add prohibit 10.0.0.0/8 table 200
ip link set veth0 down
ip route show dev veth0
ip route show table 100
ip route add unreachable 128.0.0.0/1 metric 10 table 200
route -n
ip route add prohibit 128.0.0.0/1 metric 10 table 200
ip route append unreachable 10.0.0.0/24 metric 0 table 100
ip route del 128.0.0.0/1 table 100
ip route show root 10.0.0.0/8
ip route del 128.0.0.0/1
ip route flush root 10.0.0.0/8
ip route show root 10.0.0.0/8
ip route add prohibit 128.0.0.0/1
ip -6 route
ip rule del to 172.16.0.0/12 table main
ip route show dev veth0
ip route show table all
ip route change blackhole 10.1.0.0/16 table 1000
ip route add blackhole 10.1.0.0/16 table 1000
ip route show root 10.0.0.0/8
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route get 192.0.2.200
ip route get 8.8.8.8
ip route del 0.0.0.0/1 metric 10
ip route show table local
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route add prohibit 128.0.0.0/1 metric 10
ip route replace unreachable 10.0.0.1/8 metric 0
ip route add 172.16.0.0/12 dev veth0
ip route get 192.0.2.200 from 192.0.2.1
ip route show table all
ip rule
