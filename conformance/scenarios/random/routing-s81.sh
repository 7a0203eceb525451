# Seeded random routing scenario (seed 81), from conformance/generators/routing.ts.
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
ip route prepend blackhole 10.0.0.0/8 metric 0 table 1000
ip route add 10.0.0.0/8 via 203.0.113.2 metric 0 table 200
ip route get 10.0.5.5 from 192.0.2.1
ip route add 10.0.0.0/8 via 192.0.2.3 metric 0 table local
ip route get 8.8.8.8
ip route add throw 10.0.0.0/8 metric 10
ip route replace blackhole 172.16.0.0/12 metric 0 table 200
ip route add throw default metric 20
ip -j route
ip route get 8.8.8.8 oif veth2
route -n
ip route del 10.0.0.0/8 via 203.0.113.2 metric 20 table 200
ip route get 192.0.2.200 from 198.51.100.1
route -n
ip route get 198.51.100.7
ip route show table local
ip route show table local
ip route add unreachable 10.0.0.0/16 table 100
ip route add blackhole 10.1.2.0/24
ip route add 128.0.0.0/1 dev lo metric 10 table 200
ip route show table local
ip rule add from 192.0.2.0/24 table 100
ip rule add fwmark 7 pref 200 table 100
ip route get 198.51.100.7
ip route show dev veth0
ip route
ip route add throw 128.0.0.0/1 table 1000
ip route show table local
ip route add throw 10.1.0.0/16 metric 10 table 1000
ip route add blackhole 10.0.0.0/8 metric 20 table 100
ip route add unreachable 10.0.0.0/16
ip route add prohibit 10.0.0.0/8 metric 0 table 1000
ip route get 192.0.2.200 oif veth2
ip rule add from 10.0.0.0/8 unreachable
ip route append blackhole 10.1.0.0/16 metric 20
ip route add throw 192.0.2.128/25 metric 20
ip route prepend prohibit 10.0.0.1/8
ip route add 0.0.0.0/1 via 198.51.100.3 table 1000
ip route get 10.1.2.3
ip route del 0.0.0.0/1 table local
ip route get 10.1.2.3
ip route del 172.16.0.0/12 via 198.51.100.2 dev veth1 metric 10
ip -j route
ip route change prohibit 10.1.2.0/24 table 200
ip rule add to 172.16.0.0/12 pref 200 unreachable
ip route show match 10.1.2.3
route -n
ip route flush type blackhole
ip route get 10.0.5.5
ip route get 127.0.0.1 from 192.0.2.1
ip route show table all
ip rule
