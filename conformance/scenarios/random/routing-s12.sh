# Seeded random routing scenario (seed 12), from conformance/generators/routing.ts.
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
ip route add unreachable 192.0.2.128/25 table 200
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route add throw 10.1.0.0/16 metric 10 table local
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route show table 100
ip route change 10.1.2.3 via 192.0.2.2
ip route add 10.1.0.0/16 via 203.0.113.2 metric 20
ip rule add to 172.16.0.0/12 pref 100 unreachable
ip route add 172.16.0.0/12 dev veth0 table 200
ip route del 10.0.0.0/24 metric 10
ip route add default dev veth2 metric 10
ip route add blackhole 172.16.0.0/12 metric 20
ip link set veth3 down
ip route show table 100
ip route show table all
ip route
ip route add throw 10.0.0.0/24 metric 10
ip rule add iif veth1 table main
ip rule del from 192.0.2.0/24 blackhole
ip rule add from 192.0.2.0/24 table 100
ip route replace prohibit 172.16.0.0/12
ip route show table all
ip route flush proto boot
ip route add unreachable 10.0.0.0/24 metric 20
ip -j route
ip route add unreachable 10.0.0.0/16 metric 20
ip route del throw 10.0.0.0/24 table 200
ip route add 10.1.2.3 via 203.0.113.2 metric 20 table local
ip route flush table 100
ip route add unreachable 10.1.2.0/24 metric 20
ip route add 10.1.2.0/24 dev veth0 table 100
ip route del 10.0.0.0/24
ip route append 10.0.0.0/16 via 198.51.100.2 metric 0 table 100
ip route get 192.0.2.255 from 192.0.2.1
ip route change prohibit 10.0.0.0/24 table 200
ip route flush table 100
ip route del 10.0.0.1/8
ip rule
ip route get 10.0.5.5 from 192.0.2.1
ip route add 10.0.0.1/8 via 192.0.2.2 metric 0
ip route show match 10.1.2.3
ip route flush table all
ip route add prohibit 10.1.2.3 table 100
ip route show root 10.0.0.0/8
ip route append 10.0.0.0/8 via 198.51.100.2 table local
ip rule del to 172.16.0.0/12 pref 100 unreachable
ip route add unreachable 0.0.0.0/1 table local
ip route get 198.51.100.7 from 192.0.2.1
ip route show root 10.0.0.0/8
ip route get 198.51.100.7 from 192.0.2.1
ip route show table all
ip rule
