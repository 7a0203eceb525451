# Seeded random policy-routing scenario (seed 121), from conformance/generators/policy.ts.
ip link set lo up
ip link add veth0 address 02:00:00:00:03:01 type veth peer name veth1 address 02:00:00:00:03:02
ip link add veth2 address 02:00:00:00:03:03 type veth peer name veth3 address 02:00:00:00:03:04
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip addr add 203.0.113.1/28 dev veth1
ip addr add 203.0.113.33/28 dev veth3
ip route add 0.0.0.0/1 dev veth1 metric 10 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add unreachable 10.1.2.0/24 table 100
ip route add 10.1.2.0/24 dev veth1 metric 10 table 200
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add default via 192.0.2.3 metric 10 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table main
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table main
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip route get 203.0.113.20 oif veth2 mark 0x100 ipproto udp sport 0 dport 80
ip rule add pref 32000 not oif veth2 goto 100
ip -d rule
ip route get 203.0.113.20 from 192.0.2.1 ipproto tcp sport 1000 dport 2001
ip route get 10.1.9.9 oif veth2 mark 0x13
ip route get 8.8.8.8
ip rule del pref 32000
ip route get 127.0.0.1 iif veth1 ipproto tcp sport 1500 dport 1000
ip rule add from 203.0.113.0/28 to 10.1.2.0/24 table 300
ip rule add pref 50 uidrange 0-100 table 200 suppress_ifgroup 5
ip route show table all
ip route get 192.0.2.77 from 192.0.2.1
ip route get 203.0.113.20 from 10.1.2.3 tos 0x08
ip route get 192.0.2.77 mark 3 ipproto 1 sport 1500 dport 80
ip rule show table 100
ip rule add pref 32000 sport 1000 fwmark 3/3 blackhole
ip rule show table 100
ip rule list pref 100
ip route get 10.0.0.1 tos 0x10
ip route get 10.1.9.9 iif veth0 tos 0x08 ipproto udp
ip rule add pref 32000 oif veth2 ipproto udp unreachable
ip rule del pref 200
ip rule add pref 300 ipproto tcp ipproto 1 lookup 100
ip route get 10.1.2.9 from 198.51.100.1 iif veth3
ip route get 10.1.2.9 from 203.0.113.1
ip route get 10.1.9.9 from 203.0.113.5 mark 7
ip route get 198.51.100.1 from 10.1.2.3 oif veth0 fibmatch
ip route get 8.8.8.8 from 198.51.100.1
ip route get 10.1.2.3 from 198.51.100.9 mark 0x13
ip route get 172.16.1.1
ip route get 10.1.9.9 iif veth0 ipproto tcp sport 2500 dport 2001
ip route get 192.0.2.77 iif veth1 mark 0x100
ip route del 0.0.0.0/1 table 300
ip rule show table 100
ip route get 8.8.8.8 from 192.0.2.1 mark 0x13 tos 0x08
ip rule show
ip route show table 200
ip route get 172.16.1.1 mark 0x13 uid 0
ip route get 10.1.2.9 from 203.0.113.1
ip route del 203.0.113.16/28 table 300
ip rule del uidrange 0-0
ip -j rule
ip route get 10.1.2.3 from 192.0.2.1 oif veth0 mark 0x13
ip rule add not dport 0-343 table 200 suppress_ifgroup 0
ip route show table all
ip rule del pref 50
ip route get 10.1.2.3 from 192.0.2.1 iif veth3
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip rule add pref 32000 uidrange 1000-2000 table 100
ip route get 198.51.100.1 from 198.51.100.9 iif veth3 mark 0x13
ip rule add pref 200 from 203.0.113.0/28 from all table 200
ip -d rule
ip route get 8.8.8.8 from 198.51.100.9 uid 1500
ip route get 127.0.0.1 oif veth0
ip route get 172.16.1.1
ip rule add pref 50 sport 1000 tos 0x08 unreachable
ip route get 8.8.8.8 iif veth3 tos 0x08
ip -j rule
ip rule list pref 100
ip rule del not sport 2000-3050 blackhole
ip rule
ip route show table all
