# Seeded random routing scenario (seed 53), from conformance/generators/routing.ts.
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
ip route
ip route
ip rule add iif veth1 pref 100 table main
ip route get 192.0.2.255 iif veth1 from 203.0.113.5
route -n
ip link set veth0 up
ip route add blackhole 10.1.2.3 metric 20 table local
ip route add unreachable 10.1.2.3 table 200
ip route add 128.0.0.0/1 via 10.9.9.9 metric 0
route -n
ip route flush table 100
ip route add 10.0.0.1/8 via 10.9.9.9 metric 10 table 1000
ip route show table all
ip -d route
ip -d route
ip route replace prohibit 172.16.0.0/12 table 200
ip route add throw 10.1.2.3 metric 0
ip route add blackhole 0.0.0.0/1
ip route flush table 100
ip route get 10.1.2.3
ip route get 172.16.1.1 from 192.0.2.1
ip route add unreachable 192.0.2.128/25 table local
ip -d route
ip route add unreachable 10.1.2.3
ip route add throw 10.1.2.3
ip route add 10.1.2.0/24 via 192.0.2.2 table 1000
ip link set veth2 up
ip route replace blackhole 10.0.0.0/16 metric 10 table 100
ip route del 10.0.0.0/16
ip route add default via 203.0.113.2 table 1000
ip link set veth3 down
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route prepend 10.0.0.0/8 dev nosuch table local
ip rule
ip route add prohibit 10.0.0.1/8 table 1000
ip route show table local
ip route del 10.0.0.0/24 table 1000
ip route append default via 198.51.100.3 metric 10 table local
ip route show dev veth0
ip rule add from 10.0.0.0/8 pref 200 table main
ip route add 10.0.0.0/16 via 10.9.9.9 dev veth1 table 1000
ip route add unreachable 172.16.0.0/12
ip route add throw 10.0.0.1/8 metric 20
ip route add 10.0.0.0/24 dev lo metric 20
ip route add prohibit 10.0.0.0/8 table local
ip route del prohibit 128.0.0.0/1 table 1000
ip route replace 10.1.2.0/24 nexthop via 192.0.2.3 weight 1 nexthop via 198.51.100.3 metric 20 table local
ip route prepend 10.0.0.0/16 dev veth0 table 200
ip -d route
ip route show table 100
ip route show table all
ip rule
