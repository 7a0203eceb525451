# Seeded random routing scenario (seed 99), from conformance/generators/routing.ts.
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
ip route show root 10.0.0.0/8
ip route get 10.0.0.1 iif veth1 from 203.0.113.5
ip route add 10.1.2.0/24 dev veth1
ip route get 10.1.2.4
ip route del prohibit 10.1.2.3 metric 10 table local
ip route show table 100
ip route del 10.1.2.0/24
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route add unreachable 128.0.0.0/1
ip route get 192.0.2.255 oif veth2
ip route add prohibit 128.0.0.0/1 metric 20
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route add prohibit 10.0.0.0/16 metric 20
ip route change 128.0.0.0/1 via 198.51.100.3 metric 10 table local
ip route add throw 128.0.0.0/1 table 200
route -n
ip route add 10.1.2.0/24 dev veth2 metric 0
ip route del 10.0.0.1/8
ip route get 192.0.2.1
ip -j route
ip route add blackhole 10.1.0.0/16
ip route flush type blackhole
ip route add unreachable 172.16.0.0/12 metric 20 table 200
ip route add 192.0.2.128/25 via 198.51.100.3 metric 20 table 1000
ip route get 10.1.2.4 iif veth1 from 203.0.113.5
ip route change prohibit 192.0.2.128/25 metric 10
ip route change unreachable 10.0.0.0/16 metric 0
ip route add unreachable 10.0.0.0/16 metric 10
route -n
route -n
ip route append 10.0.0.0/24 via 203.0.113.2 metric 10
ip route get 172.16.1.1 from 192.0.2.1
ip route flush table 100
ip route show root 10.0.0.0/8
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table local
ip rule del fwmark 7 pref 100 table main
ip rule del to 172.16.0.0/12 pref 100 unreachable
ip route add blackhole 10.0.0.0/8 metric 20 table 100
ip route add 172.16.0.0/12 via 10.9.9.9 metric 10 table 1000
ip route show match 10.1.2.3
ip rule add from 192.0.2.0/24 lookup 200
ip route del throw 10.1.2.3 metric 10 table local
ip route get 192.0.2.1 iif veth1 from 203.0.113.5
ip route del 172.16.0.0/12
ip rule del to 172.16.0.0/12 blackhole
ip route get 127.0.0.1 oif veth2
ip route replace 172.16.0.0/12 via 192.0.2.3
ip route get 10.0.0.1 from 198.51.100.1
ip route add blackhole 10.1.2.0/24 metric 0
ip -6 route
ip route show table all
ip rule
