# Seeded random routing scenario (seed 87), from conformance/generators/routing.ts.
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
ip route del 10.1.2.0/24
ip route show table all
ip rule add to 172.16.0.0/12 pref 200 table main
ip route get 192.0.2.200 oif veth2
ip route del throw 0.0.0.0/1
ip route
ip route get 10.1.2.4
ip route add throw 10.1.0.0/16 table 200
route -n
ip route del 172.16.0.0/12 via 198.51.100.3 metric 0 table 200
ip route add unreachable 0.0.0.0/1 table 200
route -n
ip rule add from 10.0.0.0/8 pref 100 table main
ip route show root 10.0.0.0/8
ip route get 10.1.2.3 from 192.0.2.1
ip route show table 100
ip route add blackhole 128.0.0.0/1 metric 0 table 100
ip route del 10.1.2.0/24 via 192.0.2.1 metric 10
ip route add throw 10.0.0.0/16 metric 0
ip route add 10.1.2.0/24 dev veth1 metric 10
ip route add 10.1.0.0/16 via 198.51.100.3 metric 10 table 1000
ip route add unreachable 192.0.2.128/25 metric 10 table 200
ip rule add fwmark 7 pref 100 table main
ip route add blackhole 10.0.0.1/8 metric 0
ip -j route
ip -j route
ip route show dev veth0
ip route get 10.1.2.4 from 198.51.100.1
ip route replace blackhole 10.0.0.0/24 metric 10 table 100
ip route prepend prohibit 10.0.0.1/8 table 200
ip rule del to 172.16.0.0/12 pref 200 table main
ip route replace unreachable 10.0.0.0/8 metric 10
ip route add 192.0.2.128/25 via 198.51.100.3 dev lo table 200
ip route change blackhole 172.16.0.0/12
ip route add 10.0.0.1/8 via 192.0.2.3 table 1000
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add 10.0.0.0/8 via 198.51.100.3 table local
ip route add throw 0.0.0.0/1 table 100
ip rule add fwmark 7 pref 100 lookup 200
ip route del 172.16.0.0/12
ip rule del from 192.0.2.0/24 unreachable
ip route del 10.0.0.0/16 dev veth1 metric 0
ip route get 198.51.100.7
ip route del 192.0.2.128/25
ip route get 192.0.2.1 from 192.0.2.1
ip route flush root 10.0.0.0/8
ip route show root 10.0.0.0/8
ip route get 10.0.0.1 mark 7
ip route get 127.0.0.1 mark 7
ip route get 192.0.2.1 oif veth2
ip route show table all
ip rule
