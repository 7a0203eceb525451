# Seeded random routing scenario (seed 66), from conformance/generators/routing.ts.
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
ip route add 0.0.0.0/1 dev nosuch
ip rule add from 10.0.0.0/8 table main
ip link set veth2 up
ip -j route
ip route get 192.0.2.255
ip route add prohibit 128.0.0.0/1
ip route del 10.1.0.0/16 metric 10 table 1000
ip -6 route
ip route add blackhole 0.0.0.0/1 table 100
ip route show dev veth0
ip route del 10.0.0.0/24
ip route del throw default table 100
ip route add 10.0.0.0/8 dev veth0
ip route add blackhole 0.0.0.0/1 metric 0 table 200
ip link set veth0 up
ip route
ip rule add from 10.0.0.0/8 table main
ip route add 10.0.0.0/24 via 198.51.100.3 table 100
ip rule add from 10.0.0.0/8 pref 200 table 100
ip route prepend 10.1.2.3 via 198.51.100.2 metric 0
ip route add unreachable 0.0.0.0/1 table 100
ip rule add to 172.16.0.0/12 table main
ip route add blackhole 10.1.0.0/16 metric 0 table 100
ip rule add from 192.0.2.0/24 pref 200 lookup 200
ip route add 10.0.0.0/16 via 192.0.2.3 dev lo table local
route -n
ip route add prohibit 10.1.2.3 table local
ip route add 10.0.0.0/8 via 192.0.2.1 dev nosuch
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route add 10.0.0.0/24 via 203.0.113.2 table 100
ip route del 10.1.0.0/16 via 192.0.2.1 metric 20
ip route prepend 10.0.0.1/8 via 192.0.2.2 metric 10 table 100
ip route get 198.51.100.7
ip route get 172.16.1.1
ip route get 10.1.2.3
ip route flush table 100
ip route prepend unreachable 10.0.0.0/16 metric 10 table 1000
ip route add 128.0.0.0/1 dev lo
ip route get 127.0.0.1 iif veth1 from 203.0.113.5
ip route add 10.1.0.0/16 dev veth2 metric 20
ip route flush table 100
ip route add unreachable 10.0.0.1/8 table local
ip route replace 10.1.2.3 dev nosuch metric 0
ip route del 0.0.0.0/1
ip route
ip route add throw default metric 10 table 200
ip route del default
ip route add blackhole default table local
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip route add 10.0.0.1/8 via 198.51.100.2 metric 10 table 200
ip route show table all
ip rule
