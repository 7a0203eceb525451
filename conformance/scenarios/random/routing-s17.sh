# Seeded random routing scenario (seed 17), from conformance/generators/routing.ts.
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
ip route add blackhole 10.0.0.0/16 metric 20
ip rule add iif veth1 pref 200 lookup 200
ip route add default dev veth1 metric 10 table 200
ip route get 192.0.2.200 mark 7
ip rule add from 10.0.0.0/8 table main
ip route prepend unreachable default table local
ip route add throw 10.1.0.0/16 table local
ip route add 0.0.0.0/1 via 10.9.9.9 table local
ip -j route
ip route add 128.0.0.0/1 dev lo table 100
ip route show match 10.1.2.3
ip route
route -n
ip route add 0.0.0.0/1 via 198.51.100.2 metric 20 table 200
ip rule del from 192.0.2.0/24 pref 200 blackhole
ip route add unreachable 172.16.0.0/12 table 1000
ip route add blackhole 10.0.0.0/16 metric 10 table 100
ip route add blackhole 128.0.0.0/1 metric 20 table 1000
ip route del 10.1.0.0/16
ip rule add iif veth1 table main
ip route del 10.1.0.0/16
ip route add 10.1.2.0/24 dev veth0 metric 10
ip route add 172.16.0.0/12 dev lo
ip route get 192.0.2.255
ip route show root 10.0.0.0/8
ip route get 10.0.0.1 from 198.51.100.1
ip route add 172.16.0.0/12 via 198.51.100.3 table 1000
ip route show match 10.1.2.3
ip route prepend 10.1.2.0/24 via 198.51.100.3
ip route add blackhole 10.1.0.0/16 metric 0 table 1000
ip rule del from 10.0.0.0/8 pref 100 lookup 200
ip route show table all
ip route get 192.0.2.200
ip route add blackhole 10.0.0.0/16
ip link set veth3 down
ip route add 192.0.2.128/25 via 192.0.2.3
route -n
ip route add 0.0.0.0/1 dev veth2 metric 20 table 200
ip route add 10.0.0.1/8 via 192.0.2.1 table local
ip route del prohibit 172.16.0.0/12
ip rule del fwmark 7 table 100
ip route del prohibit 10.0.0.0/24 table 100
ip route get 192.0.2.1 oif veth2
ip route get 8.8.8.8 iif veth1 from 203.0.113.5
ip route add prohibit 0.0.0.0/1 metric 10
ip route get 192.0.2.255 mark 7
ip route add unreachable 172.16.0.0/12 metric 0
ip route add default via 10.9.9.9 table 100
ip route add prohibit 10.0.0.1/8
ip route replace unreachable 192.0.2.128/25 metric 0
ip route show table all
ip rule
