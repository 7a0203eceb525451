# Seeded random policy-routing scenario (seed 239), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth2 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 100
ip route add 10.1.2.0/24 dev veth1 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 200
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 table 300
ip route add unreachable 10.1.2.0/24 metric 10 table 300
ip route add default via 198.51.100.2 table 300
ip route add 10.1.2.0/24 dev veth0 table main
ip route add throw 10.1.0.0/16 table main
ip route add throw 10.1.2.0/24 metric 10 table main
ip route get 198.51.100.1 iif veth0 mark 0x13
ip -d rule
ip route get 10.1.2.9 from 198.51.100.1 mark 7 uid 50
ip route get 10.1.2.9 from 203.0.113.1 ipproto tcp sport 0 dport 1000
ip rule add pref 100 uidrange 1000-2000 iif veth3 table 100
ip rule add pref 300 uidrange 1000-2000 unreachable
ip rule add pref 100 oif veth2 from 198.51.100.1 blackhole
ip route get 10.0.0.1 oif veth2 uid 50
sysctl -w net.ipv4.conf.all.rp_filter=0
ip -d rule
ip route del default table 100
ip -j rule
ip rule del sport 1000 blackhole
ip rule del not tos 0x10 iif veth3 unreachable
ip rule add iif veth1 dport 2000 goto 32000
ip route get 192.0.2.77 from 203.0.113.5 mark 7 uid 50
ip rule del pref 32000
ip route get 10.0.0.1 from 203.0.113.1 mark 3
ip route get 10.1.2.9 iif veth0 ipproto 1 sport 1000 dport 80
ip route get 192.0.2.77 from 198.51.100.9 mark 0x13 fibmatch
ip route add 10.1.2.3 dev veth1 table 300
ip route get 10.1.2.3 from 203.0.113.5 mark 0x13 tos 0x10
ip route get 10.1.2.3 tos 0x08
ip rule add dport 2000-3085 blackhole
ip route add 203.0.113.16/28 via 203.0.113.2 table 200
ip route get 10.1.2.3 iif veth0
ip rule add tos 0x10 to 10.0.0.0/8 blackhole
ip route get 10.1.9.9 ipproto udp sport 1500 dport 2001
ip rule add dport 0 tos lowdelay lookup 200
ip -d rule
ip route get 10.1.2.9 from 198.51.100.1 oif veth0
ip rule add pref 50 dport 2000 table 100
ip rule add pref 50 iif veth3 oif veth2 lookup 100
ip -d rule
ip rule show table 100
ip route get 10.1.2.3 from 203.0.113.1 uid 1500
ip rule list pref 100
ip route del 10.1.0.0/16 table 100
ip rule list pref 100
ip rule del pref 100
ip route get 10.1.2.3 from 203.0.113.5 iif veth3 ipproto 1 sport 0 dport 80
ip -d rule
ip route get 10.1.2.9 from 198.51.100.1 iif veth3 ipproto 1 sport 1000 dport 1000
ip rule add dport 1000-1550 ipproto udp table 100
ip rule add pref 50 oif veth2 nop
ip route get 10.0.0.1 from 10.1.2.3 ipproto 1 sport 2500 dport 80
ip rule show table 100
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 iif veth1 uid 1500
ip rule add pref 100 fwmark 3/3 to 8.8.8.8 uidrange 0-0 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 from 203.0.113.1
ip rule del pref 200
ip route get 10.0.0.1 from 198.51.100.1 uid 0 fibmatch
ip rule del fwmark 0x10/0xf0 tos 0x10 goto 32000
ip rule add pref 300 from 198.51.100.1 uidrange 1000-2000 to 8.8.8.8 lookup 100
ip route get 172.16.1.1 from 198.51.100.9 tos 0x10 uid 50
ip rule show
ip route add 172.16.0.0/12 dev veth0 metric 10 table 300
ip route get 198.51.100.1 from 192.0.2.1 iif veth1 mark 7 uid 1500 fibmatch
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip rule
ip route show table all
