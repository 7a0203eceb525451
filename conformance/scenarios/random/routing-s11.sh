# Seeded random routing scenario (seed 11), from conformance/generators/routing.ts.
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
ip rule add fwmark 7 pref 200 blackhole
ip route add blackhole default metric 10 table local
ip route del 10.1.2.0/24
ip link set veth2 up
ip -6 route
ip route replace 10.0.0.0/8 dev nosuch
ip route get 172.16.1.1 oif veth2
ip link set veth3 down
ip -6 route
ip route del 0.0.0.0/1
ip route get 192.0.2.255 from 192.0.2.1
ip route del 10.0.0.0/8 dev veth2 metric 20
ip route get 198.51.100.7
ip route prepend throw 10.0.0.1/8 metric 20
ip route show match 10.1.2.3
ip route del 10.0.0.0/16
ip route add blackhole default metric 0 table 200
ip route get 192.0.2.200 oif veth2
ip route add unreachable default metric 20
ip route add unreachable 192.0.2.128/25 metric 0
ip route show match 10.1.2.3
ip route add default dev lo table local
ip route append blackhole 10.1.2.0/24 metric 0 table 1000
ip route
ip route del prohibit 172.16.0.0/12 metric 20
ip route add throw default metric 20 table local
route -n
ip route add default via 198.51.100.2 metric 10
ip route add blackhole 10.1.0.0/16 metric 20
ip route replace 192.0.2.128/25 via 198.51.100.3 table 200
ip route replace unreachable 10.0.0.0/8 table local
ip route add prohibit 10.0.0.0/24 metric 0 table local
ip route show table all
ip route add prohibit 10.0.0.0/24
ip route show match 10.1.2.3
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route add 10.0.0.0/16 dev veth0 metric 10 table 1000
ip route show root 10.0.0.0/8
ip route
ip rule del to 172.16.0.0/12 pref 200 table 100
ip route show dev veth0
route -n
ip route del blackhole 10.1.2.3
ip route
ip route show table local
ip route add blackhole 10.1.2.0/24
ip route show root 10.0.0.0/8
ip route del 10.1.0.0/16
ip route del 10.0.0.0/16
ip route show table all
ip rule
