# Seeded random routing scenario (seed 13), from conformance/generators/routing.ts.
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
ip route append 10.0.0.0/8 via 192.0.2.2 table 100
ip route show match 10.1.2.3
ip route show table local
ip route add blackhole 10.1.2.0/24 metric 20
ip route get 8.8.8.8 mark 7
ip route append prohibit 10.1.2.0/24
ip route add 10.0.0.1/8 via 10.9.9.9
ip route add unreachable 10.0.0.0/8
ip route del 10.0.0.0/16
ip -6 route
ip route add 10.0.0.0/8 dev veth0
ip route get 192.0.2.1 from 198.51.100.1
ip route prepend unreachable 10.0.0.1/8 metric 20 table local
ip route show root 10.0.0.0/8
ip route show root 10.0.0.0/8
ip route show table local
ip route get 10.1.2.3 from 192.0.2.1
ip route get 172.16.1.1
ip route add prohibit 10.0.0.0/16 metric 20
ip -d route
ip route add 10.0.0.0/16 dev veth1
ip route get 192.0.2.1 from 192.0.2.1
route -n
ip link set veth0 down
ip rule add from 192.0.2.0/24 pref 100 table main
ip -d route
ip route
ip rule
ip route add 10.0.0.0/8 via 192.0.2.3 dev veth1
ip route add blackhole 192.0.2.128/25 metric 0 table 200
ip route
ip route add unreachable 128.0.0.0/1 metric 10 table 200
ip route show table 100
ip -6 route
ip route del 128.0.0.0/1
ip route add prohibit 192.0.2.128/25 metric 20 table local
ip route show match 10.1.2.3
ip route add 0.0.0.0/1 dev veth0 metric 20
ip -d route
ip link set veth0 down
ip -d route
ip route show match 10.1.2.3
ip route add blackhole 10.0.0.0/16 metric 20
ip route add throw 172.16.0.0/12 metric 0
ip route del 10.0.0.0/24 metric 0 table 100
ip -j route
ip -6 route
ip route add 172.16.0.0/12 via 10.9.9.9 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 metric 20
ip route add blackhole 10.1.0.0/16 table local
ip route show table all
ip rule
