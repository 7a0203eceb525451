# Seeded random routing scenario (seed 65), from conformance/generators/routing.ts.
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
ip route del 172.16.0.0/12
ip -j route
ip -6 route
ip route get 203.0.113.9
ip route show table local
ip route replace 0.0.0.0/1 via 192.0.2.2 dev nosuch metric 20 table 100
route -n
ip rule add to 172.16.0.0/12 lookup 200
ip route add unreachable 10.1.2.3 metric 10 table 200
ip route add 192.0.2.128/25 dev veth2 metric 10 table local
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add blackhole 0.0.0.0/1 table local
ip route add blackhole 0.0.0.0/1
ip route append throw 10.1.2.0/24 table 200
ip route get 8.8.8.8
ip rule
ip route add unreachable 10.0.0.1/8 table local
ip route add blackhole 10.0.0.0/16 metric 20 table 1000
ip route add throw 192.0.2.128/25 metric 0
ip route add default via 10.9.9.9 metric 10
route -n
ip route get 192.0.2.1 from 192.0.2.1
ip route add 10.1.2.3 via 192.0.2.2 metric 10
ip route show match 10.1.2.3
ip route add 10.0.0.1/8 via 192.0.2.2 metric 0
ip route show dev veth0
ip rule add iif veth1 pref 100 table main
ip route add 10.0.0.0/24 via 198.51.100.2
ip -j route
ip route add blackhole 192.0.2.128/25
ip route add blackhole 10.1.2.0/24
ip rule add to 172.16.0.0/12 pref 100 lookup 200
ip route add blackhole default
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10
ip rule add from 192.0.2.0/24 table 100
ip route show root 10.0.0.0/8
ip route add throw 10.1.0.0/16 metric 0 table 200
ip route add 192.0.2.128/25 via 10.9.9.9 metric 0 table 200
ip route prepend 10.1.0.0/16 via 10.9.9.9 table 1000
ip route add 10.0.0.0/16 dev veth0 metric 10
ip route prepend 0.0.0.0/1 via 198.51.100.2 metric 20 table local
ip route add default via 198.51.100.2 dev nosuch metric 20 table 100
ip route add blackhole 10.1.0.0/16 metric 0
ip route change 10.1.2.0/24 via 192.0.2.3 metric 0 table local
ip -6 route
ip route add throw 0.0.0.0/1 table local
ip route append blackhole 10.0.0.0/8 table 200
ip route get 198.51.100.7 mark 7
ip route add blackhole 10.1.2.3 table 100
ip rule
ip route show table all
ip rule
