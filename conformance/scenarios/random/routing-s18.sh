# Seeded random routing scenario (seed 18), from conformance/generators/routing.ts.
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
ip route get 192.0.2.200
ip route show root 10.0.0.0/8
ip route get 10.1.2.3
ip rule add fwmark 7 blackhole
ip route get 10.0.5.5 from 198.51.100.1
ip route get 203.0.113.9 oif veth2
ip route add prohibit 10.0.0.0/24 table 200
ip route add 128.0.0.0/1 via 198.51.100.2 table 1000
ip route add prohibit 10.0.0.1/8 metric 0
ip route show root 10.0.0.0/8
ip route add blackhole 128.0.0.0/1 metric 10
route -n
ip route add throw default metric 10
ip route add 0.0.0.0/1 via 192.0.2.2 metric 20
ip route add throw 10.1.0.0/16 metric 20 table 1000
ip route get 172.16.1.1 from 198.51.100.1
ip route show root 10.0.0.0/8
ip rule del from 192.0.2.0/24 pref 100 table 100
ip route add prohibit 0.0.0.0/1 metric 0 table 1000
ip route add prohibit 172.16.0.0/12
ip route change 10.1.2.3 dev veth0 metric 20 table local
ip -j route
ip route show table local
ip route add 10.1.0.0/16 via 192.0.2.3 table 200
ip rule add from 10.0.0.0/8 pref 100 lookup 200
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route show match 10.1.2.3
ip route get 127.0.0.1 oif veth2
ip route show table all
ip route add throw 10.0.0.0/24
ip -j route
ip route del 10.0.0.1/8
ip route add blackhole 10.0.0.0/16 metric 0 table 1000
ip route get 198.51.100.7 from 198.51.100.1
ip route get 198.51.100.7 iif veth1 from 203.0.113.5
ip route add throw default metric 20
ip route get 192.0.2.200 from 192.0.2.1
ip rule del to 172.16.0.0/12 pref 100 table main
ip route show match 10.1.2.3
ip route get 192.0.2.1 oif veth2
ip route del 10.0.0.0/24
ip -j route
ip route show table 100
ip route flush root 10.0.0.0/8
ip route add prohibit 10.0.0.0/16 table 200
ip route add blackhole 10.0.0.0/16 table 200
ip route add unreachable 10.1.2.3 metric 0 table 1000
ip route get 10.0.0.1 from 192.0.2.1
ip route
ip route show table all
ip route show table all
ip rule
