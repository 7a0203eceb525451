# Seeded random routing scenario (seed 43), from conformance/generators/routing.ts.
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
ip route add blackhole 10.0.0.0/8 metric 20
ip route add throw 10.0.0.0/24 table local
ip route
ip route del 10.0.0.0/8
ip rule
ip route get 192.0.2.255
ip link set veth0 down
ip -d route
ip rule del iif veth1 pref 200 table main
ip rule del to 172.16.0.0/12 unreachable
ip route add 172.16.0.0/12 dev nosuch table local
ip route add throw 10.0.0.1/8 table 1000
ip route prepend 10.1.2.3 nexthop via 10.9.9.9 weight 3 nexthop via 192.0.2.1 metric 20
ip route add prohibit 128.0.0.0/1 metric 20 table local
route -n
ip route show table local
ip route del default via 198.51.100.2 metric 0 table 100
ip -d route
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table local
ip route show match 10.1.2.3
ip route add 0.0.0.0/1 via 198.51.100.3
ip route del 10.0.0.0/16 metric 10 table 100
ip route add prohibit 128.0.0.0/1 metric 20 table 200
ip route add throw 10.0.0.0/24 table 200
ip route flush table 100
ip route add prohibit default metric 0
ip route add 10.1.2.0/24 nexthop via 10.9.9.9 weight 3 nexthop via 192.0.2.1 metric 0 table 100
ip route show root 10.0.0.0/8
ip route flush proto boot
ip route add unreachable 192.0.2.128/25 table local
ip route del 10.0.0.0/16
ip route get 10.0.5.5 iif veth1 from 203.0.113.5
ip route show table 100
ip route add prohibit default metric 0
ip route get 127.0.0.1
ip route add default via 192.0.2.1 metric 10 table 100
ip route add throw 172.16.0.0/12 metric 0 table local
ip route append 10.0.0.0/8 via 198.51.100.3
ip route add prohibit 10.0.0.0/24 metric 0
ip route show table 100
ip route show table local
ip rule del iif veth1 pref 100 unreachable
ip route flush proto boot
ip route show root 10.0.0.0/8
ip route get 8.8.8.8
ip route add unreachable 10.0.0.0/24 metric 10 table 1000
ip route del unreachable 128.0.0.0/1 metric 0
ip route get 8.8.8.8
ip route prepend unreachable 10.0.0.0/24 table 1000
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route show table all
ip rule
