# Seeded random routing scenario (seed 42), from conformance/generators/routing.ts.
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
ip route del 10.0.0.1/8 metric 10
ip route get 10.1.2.4
ip rule del iif veth1 blackhole
ip route
ip link set veth0 down
ip route add 128.0.0.0/1 dev veth0 table local
ip route flush type blackhole
ip route prepend 10.0.0.0/8 dev veth2 table 200
ip route add 0.0.0.0/1 via 198.51.100.3 dev veth1
ip route add unreachable 0.0.0.0/1 metric 0
ip route show dev veth0
ip route show table all
ip route add 10.1.2.0/24 dev lo metric 0
ip route get 192.0.2.255
ip route get 10.1.2.3 oif veth2
ip route show table all
ip route show root 10.0.0.0/8
ip route show dev veth0
ip link set veth2 up
ip route replace 10.1.2.3 via 203.0.113.2 dev nosuch metric 0 table 100
ip rule add from 10.0.0.0/8 pref 200 lookup 200
ip -d route
ip route add blackhole 128.0.0.0/1 metric 0
ip route get 127.0.0.1
ip route del 128.0.0.0/1
ip route append prohibit default metric 0
ip route get 8.8.8.8
ip route add unreachable 0.0.0.0/1
ip route add 192.0.2.128/25 dev nosuch
ip rule add to 172.16.0.0/12 pref 100 blackhole
ip route get 172.16.1.1 from 192.0.2.1
ip route show table local
ip route flush root 10.0.0.0/8
ip rule add to 172.16.0.0/12 lookup 200
ip route replace 10.0.0.0/24 dev veth1
ip route add unreachable 10.0.0.0/24 table 200
ip -6 route
ip route del 10.0.0.0/16
ip rule del fwmark 7 pref 200 table main
ip route get 10.0.0.1
ip route add blackhole 0.0.0.0/1 metric 0 table local
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip link set veth2 up
ip rule
ip route change unreachable 10.1.0.0/16
ip route add default dev nosuch metric 0 table 100
ip route get 10.0.5.5
ip route add 10.1.0.0/16 via 198.51.100.3 metric 20 table local
ip route show table 100
ip route get 192.0.2.200 oif veth2
ip route show table all
ip rule
