# Seeded random routing scenario (seed 25), from conformance/generators/routing.ts.
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
ip route get 10.1.2.4
ip route del blackhole 10.1.2.0/24
ip route del 10.0.0.1/8
ip route add default via 192.0.2.1 table local
ip route del 192.0.2.128/25 metric 20 table 200
ip route get 10.1.2.4 iif veth1 from 203.0.113.5
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route get 192.0.2.1
ip route add default via 198.51.100.2
ip route get 10.1.2.3 from 198.51.100.1
ip route change unreachable 0.0.0.0/1
ip route add prohibit 10.1.2.0/24 metric 10
ip route add 10.0.0.1/8 dev veth1 metric 20 table 100
ip route add prohibit default metric 10
ip rule add iif veth1 lookup 200
ip route prepend prohibit 10.0.0.0/8
ip route get 127.0.0.1 from 198.51.100.1
ip rule del from 10.0.0.0/8 table 100
ip route show table local
ip route prepend prohibit 192.0.2.128/25 metric 10 table 1000
ip route get 127.0.0.1 from 192.0.2.1
ip route add 0.0.0.0/1 via 10.9.9.9 dev veth1
ip route get 203.0.113.9 from 198.51.100.1
ip route add throw 10.1.0.0/16 metric 10 table 1000
ip route add blackhole 10.1.2.3 metric 10
ip route show dev veth0
ip route show table 100
ip route
ip route
ip route show table all
ip route show table 100
ip route add 10.1.0.0/16 via 192.0.2.2
ip route show match 10.1.2.3
ip route add 10.0.0.0/16 via 198.51.100.3 dev veth2 table 1000
ip route get 10.1.2.3
ip route get 127.0.0.1 mark 7
ip route show table 100
ip route flush proto boot
ip rule add from 10.0.0.0/8 pref 100 table main
ip route add unreachable 10.0.0.0/16 metric 10
ip route append throw 128.0.0.0/1 table local
ip rule add iif veth1 pref 200 blackhole
ip route add default via 203.0.113.2 metric 10 table 1000
ip rule add fwmark 7 pref 100 table main
ip route add throw 192.0.2.128/25 table local
ip route prepend 172.16.0.0/12 via 192.0.2.3 dev veth1 table local
ip route add default via 10.9.9.9 dev lo table 1000
ip route del 172.16.0.0/12
ip route show table all
ip route show table all
ip rule
