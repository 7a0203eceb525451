# Seeded random routing scenario (seed 34), from conformance/generators/routing.ts.
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
ip route show table all
ip route del 128.0.0.0/1 via 10.9.9.9
ip rule del fwmark 7 table 100
ip route add 192.0.2.128/25 via 198.51.100.3 metric 10
ip route del 128.0.0.0/1 metric 10 table 1000
ip route del 128.0.0.0/1
ip route append unreachable 10.0.0.0/16
ip route add 10.1.2.0/24 via 192.0.2.1 metric 0 table 1000
ip route show root 10.0.0.0/8
ip route get 10.1.2.3 from 192.0.2.1
ip rule add from 10.0.0.0/8 pref 200 lookup 200
ip link set veth0 up
ip route append throw 10.0.0.0/24 metric 20 table 100
ip route show root 10.0.0.0/8
ip route show root 10.0.0.0/8
ip route change throw default table local
ip rule del iif veth1 unreachable
ip route get 10.0.5.5 from 198.51.100.1
ip route get 127.0.0.1 from 198.51.100.1
ip route add throw 128.0.0.0/1 metric 20
ip route add 192.0.2.128/25 dev nosuch table 1000
ip route change prohibit 10.0.0.0/8 table 200
ip route get 10.0.0.1 from 198.51.100.1
ip -6 route
ip -6 route
ip route add 10.0.0.1/8 via 192.0.2.3 table 100
ip route add unreachable 10.1.0.0/16
ip -j route
ip -j route
ip route add blackhole 10.0.0.0/16
ip route change unreachable 10.0.0.0/8 table local
ip route add 10.1.2.0/24 via 192.0.2.2 table 1000
ip route add prohibit 192.0.2.128/25
ip link set veth2 down
ip route add blackhole 0.0.0.0/1 metric 10 table 1000
ip route get 203.0.113.9
ip route get 192.0.2.200 from 192.0.2.1
ip link set veth0 up
ip route add throw 128.0.0.0/1 metric 0 table 200
ip rule add from 10.0.0.0/8 blackhole
ip route add 10.0.0.0/24 via 198.51.100.2 table local
ip route
ip route show dev veth0
ip route replace 10.0.0.0/16 dev veth0 table 100
ip route get 192.0.2.255
ip route add default via 192.0.2.3
ip route del 172.16.0.0/12
ip route
ip route prepend 10.0.0.0/16 via 198.51.100.3 metric 10
ip route show table 100
ip route show table all
ip rule
