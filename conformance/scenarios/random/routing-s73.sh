# Seeded random routing scenario (seed 73), from conformance/generators/routing.ts.
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
route -n
ip route add throw 10.0.0.0/8
ip route show table local
ip route add blackhole 10.1.2.3 metric 20
ip route add 10.0.0.0/8 via 192.0.2.1 metric 10
ip route show root 10.0.0.0/8
ip route
ip route show root 10.0.0.0/8
ip route show dev veth0
ip -d route
ip rule del iif veth1 pref 200 table 100
ip route del 10.0.0.0/24 table 1000
ip route show dev veth0
ip rule add iif veth1 pref 100 lookup 200
ip route del unreachable 0.0.0.0/1 table 1000
ip route add unreachable 10.0.0.0/24
ip link set veth3 down
ip rule add from 10.0.0.0/8 blackhole
ip -j route
ip rule add from 10.0.0.0/8 pref 200 blackhole
ip -6 route
ip route get 192.0.2.200 iif veth1 from 203.0.113.5
ip route add blackhole 128.0.0.0/1 metric 20 table 1000
ip route del 10.1.2.0/24
ip route get 10.1.2.3
ip route show root 10.0.0.0/8
ip rule del to 172.16.0.0/12 pref 200 blackhole
ip route show table local
ip route add 0.0.0.0/1 via 203.0.113.2 table 100
ip -d route
ip route get 172.16.1.1 iif veth1 from 203.0.113.5
ip route get 127.0.0.1
ip -6 route
ip route show dev veth0
ip route get 198.51.100.7
ip route add prohibit 10.1.2.3
ip route add prohibit 10.0.0.0/24 metric 0 table 1000
ip route del 10.1.2.3 via 198.51.100.2 metric 10
ip route get 203.0.113.9 from 198.51.100.1
ip rule del iif veth1 pref 100 table 100
ip -j route
ip route replace blackhole 172.16.0.0/12 metric 20
ip route
ip route show table all
ip route get 172.16.1.1
ip route del 10.0.0.1/8 nexthop via 10.9.9.9 weight 1 nexthop via 192.0.2.2
ip link set veth3 up
ip route add 10.1.2.3 via 203.0.113.2 metric 20
ip route show match 10.1.2.3
ip route del 10.0.0.0/8
ip route show table all
ip rule
