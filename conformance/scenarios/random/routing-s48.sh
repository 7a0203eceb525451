# Seeded random routing scenario (seed 48), from conformance/generators/routing.ts.
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
ip rule add from 10.0.0.0/8 pref 100 table main
ip route add blackhole 128.0.0.0/1
ip link set veth2 up
ip route add prohibit 128.0.0.0/1 table 100
ip route add 128.0.0.0/1 via 192.0.2.3 dev lo
ip route add unreachable 0.0.0.0/1 table 1000
ip route get 172.16.1.1 oif veth2
ip route add unreachable 10.0.0.0/16 metric 10 table 1000
ip link set veth2 down
ip route show match 10.1.2.3
ip link set veth0 up
ip rule add to 172.16.0.0/12 table 100
ip route
ip route add throw 10.0.0.0/16
ip route get 192.0.2.200 mark 7
ip route add unreachable 10.1.0.0/16
ip route prepend unreachable 0.0.0.0/1 metric 20 table 1000
ip route del 192.0.2.128/25 via 192.0.2.1 metric 0
ip -j route
ip route get 192.0.2.200 from 192.0.2.1
ip route del 10.0.0.0/8
ip route add throw 0.0.0.0/1 metric 0 table 200
ip route add throw 10.0.0.1/8 metric 0 table 1000
ip route add blackhole 10.0.0.0/16
ip route prepend unreachable 172.16.0.0/12
ip route get 10.1.2.4
ip route get 192.0.2.200 mark 7
ip route del 10.1.2.0/24 metric 0
ip route show table 100
route -n
ip route get 8.8.8.8 mark 7
ip route add throw 10.0.0.0/24 metric 10 table 200
ip route add 192.0.2.128/25 dev veth2 table 200
ip route get 10.1.2.3 iif veth1 from 203.0.113.5
ip route add throw 172.16.0.0/12
ip route show table local
ip link set veth0 up
ip route show table all
ip route
ip route show root 10.0.0.0/8
ip rule
ip route get 172.16.1.1 mark 7
ip route flush table 100
ip route show dev veth0
ip route get 10.0.5.5
ip route add blackhole default metric 0
ip route del 172.16.0.0/12
ip route add prohibit 10.0.0.0/16 metric 0 table local
ip route get 203.0.113.9 from 192.0.2.1
ip rule
ip route show table all
ip rule
