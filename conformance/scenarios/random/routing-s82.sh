# Seeded random routing scenario (seed 82), from conformance/generators/routing.ts.
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
ip route show root 10.0.0.0/8
ip route get 192.0.2.200 from 192.0.2.1
ip -j route
ip route replace blackhole 192.0.2.128/25 metric 20
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route add 192.0.2.128/25 dev nosuch
ip route get 198.51.100.7 oif veth2
ip link set veth0 down
ip route show table 100
ip route get 10.1.2.4
ip route show table 100
ip rule add fwmark 7 pref 100 lookup 200
ip route add blackhole 10.0.0.0/24 table 100
ip route get 203.0.113.9
ip route get 10.0.5.5 oif veth2
ip route add 128.0.0.0/1 via 192.0.2.3 metric 0
ip route del 128.0.0.0/1
ip route del 128.0.0.0/1 dev veth1 metric 10
ip route add blackhole 0.0.0.0/1 metric 0 table local
ip route change 172.16.0.0/12 via 10.9.9.9 metric 20 table 100
ip -d route
ip rule add from 192.0.2.0/24 blackhole
ip route flush proto boot
ip route del 172.16.0.0/12 metric 0
ip rule add to 172.16.0.0/12 lookup 200
ip route add 10.0.0.0/16 via 192.0.2.2 dev nosuch table 100
route -n
route -n
ip route add prohibit 10.1.2.3 metric 20 table local
ip route add blackhole 10.0.0.0/8 metric 10
ip route append throw 10.0.0.0/16 metric 0 table 200
ip route get 203.0.113.9 from 198.51.100.1
ip route add blackhole 192.0.2.128/25 metric 10
ip link set veth3 up
ip route show root 10.0.0.0/8
ip route show root 10.0.0.0/8
ip link set veth0 up
ip route get 203.0.113.9 iif veth1 from 203.0.113.5
ip route add 172.16.0.0/12 via 192.0.2.3 metric 20 table local
ip route del 0.0.0.0/1 metric 20 table local
ip route show match 10.1.2.3
ip route get 203.0.113.9 from 192.0.2.1
ip route del 172.16.0.0/12 metric 10
ip route show match 10.1.2.3
ip route replace unreachable 10.0.0.1/8 metric 20
ip rule add iif veth1 pref 100 blackhole
ip route get 192.0.2.255
ip route replace 128.0.0.0/1 via 10.9.9.9 metric 0 table 100
ip route replace throw 10.0.0.1/8 metric 20 table 1000
ip -j route
ip route show table all
ip rule
