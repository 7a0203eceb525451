# Seeded random policy-routing scenario (seed 40), from conformance/generators/policy.ts.
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
ip link set veth2 group 5
ip route add prohibit 10.1.2.3 metric 10 table 100
ip route add prohibit 203.0.113.16/28 table 100
ip route add 10.1.2.3 dev veth2 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add unreachable 10.1.2.3 metric 10 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 300
ip route add unreachable 10.0.0.0/8 table main
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table main
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip rule add ipproto 1 uidrange 0-100 nop
ip -j rule
ip rule add iif lo ipproto udp table 100
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 200
ip route get 10.1.9.9 from 10.1.2.3 tos 0x10
ip rule add pref 100 iif lo uidrange 0-0 blackhole
ip route get 8.8.8.8 mark 3 uid 50
ip route get 192.0.2.77 from 198.51.100.1 iif veth1 uid 1500
ip rule
ip route add 0.0.0.0/1 dev veth1 metric 10 table main
ip route get 10.1.2.3 iif veth3 tos 0x08 ipproto udp sport 1000 dport 1000
ip route get 10.1.2.9 from 203.0.113.1 oif veth0
ip route add 10.1.2.0/24 via 192.0.2.2 table 100
ip route add throw 10.0.0.0/8 metric 10 table 300
ip rule add sport 0 to 10.1.2.0/24 table 200 suppress_ifgroup 5
ip route add 172.16.0.0/12 via 192.0.2.3 table 300
ip rule add iif veth1 to 172.16.0.0/12 goto 200
ip route show table 200
ip rule add pref 50 not ipproto udp dport 2000-2512 fwmark 0x10/0xf0 lookup 100
ip rule del pref 100
ip rule show table 100
ip route get 203.0.113.20 from 192.0.2.1 iif veth3 ipproto 1 sport 1500 dport 1000
ip rule add oif veth0 unreachable
ip rule add pref 50 to 8.8.8.8 sport 0 table 200 suppress_ifgroup 0
ip rule show table 100
ip rule show
ip rule add uidrange 0-100 nop
ip rule add pref 300 fwmark 7 goto 100
ip route show table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route get 127.0.0.1
ip route get 203.0.113.20 from 203.0.113.1 mark 7 uid 1500
ip route show table all
ip rule
sysctl -w net.ipv4.ip_forward=1
ip route get 172.16.1.1 iif veth1 tos 0x10 ipproto tcp sport 1500 dport 2001 fibmatch
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip route get 192.0.2.77 from 203.0.113.5 iif veth1 ipproto udp sport 2500 dport 80
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip -d rule
ip route show table 200
ip rule add pref 100 fwmark 0x10/0xf0 from 198.51.100.1 blackhole
ip rule add pref 200 not fwmark 0x10/0xf0 dport 2000-2728 lookup main
ip route get 203.0.113.20 iif veth0 tos 0x10 ipproto tcp sport 0 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip rule add to 10.1.2.0/24 dport 2000-2368 oif veth0 prohibit
ip route show table all
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 300
ip rule add pref 300 dport 1000-2314 goto 200
ip route get 10.0.0.1 mark 0x13
ip route get 8.8.8.8 iif veth1
ip route get 10.1.2.9 from 203.0.113.5 fibmatch
ip route show table 200
ip link set veth2 up
ip rule add pref 100 to 10.0.0.0/8 uidrange 0-0 table 200
ip rule add pref 100 iif veth1 iif veth1 table 200 suppress_ifgroup 0
ip rule add pref 200 sport 1000-1828 uidrange 0-0 lookup 200
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip -j rule
ip route get 8.8.8.8 from 192.0.2.1 uid 0
ip rule
ip route show table all
