# Seeded random routing scenario (seed 31), from conformance/generators/routing.ts.
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
ip rule
ip route add 10.1.2.0/24 via 192.0.2.1 metric 0 table 200
ip route replace unreachable 10.1.2.3 table 200
ip -d route
ip route add throw 128.0.0.0/1 metric 20 table local
ip route show match 10.1.2.3
ip route get 10.0.0.1
ip route add unreachable 10.1.0.0/16 metric 20 table 200
ip -6 route
ip -d route
ip route prepend 10.0.0.0/8 via 192.0.2.2 dev veth2 table 100
route -n
ip route get 192.0.2.1 oif veth2
ip route del 10.1.2.0/24 metric 0 table local
ip route flush proto boot
ip route show table 100
ip -j route
ip route show table all
ip route show table all
ip route show root 10.0.0.0/8
ip route show dev veth0
ip route del 172.16.0.0/12
ip route show dev veth0
ip route del 10.0.0.1/8
ip route del 10.1.2.3
ip route change unreachable 10.0.0.0/8 table local
ip route flush type blackhole
ip route del default
ip route add 10.1.0.0/16 via 203.0.113.2 table 1000
ip -j route
ip route prepend throw 10.0.0.0/16 metric 10
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route append blackhole 10.0.0.0/16 metric 0 table 200
ip route show table all
ip route get 10.1.2.4
ip route add 128.0.0.0/1 via 203.0.113.2 metric 10 table local
ip rule add to 172.16.0.0/12 lookup 200
ip route replace 10.0.0.0/16 via 198.51.100.3 metric 20
ip rule del fwmark 7 unreachable
ip route add prohibit 10.0.0.0/24
ip route get 10.1.2.3 iif veth1 from 203.0.113.5
ip route append throw 10.1.0.0/16
ip route get 198.51.100.7 mark 7
ip route add throw 172.16.0.0/12 table 100
ip route add 192.0.2.128/25 via 192.0.2.2
ip rule add iif veth1 pref 200 table main
ip route replace prohibit 0.0.0.0/1 metric 10
ip route add unreachable 128.0.0.0/1
ip route show root 10.0.0.0/8
ip -d route
ip route show table all
ip rule
