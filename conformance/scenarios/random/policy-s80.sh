# Seeded random policy-routing scenario (seed 80), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 dev veth2 metric 10 table 100
ip route add unreachable 0.0.0.0/1 table 100
ip route add 10.0.0.0/8 dev veth1 metric 10 table 100
ip route add throw 10.1.0.0/16 metric 10 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add unreachable 10.1.2.3 metric 10 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 300
ip route add 10.0.0.0/8 dev veth2 metric 10 table 300
ip route add 0.0.0.0/1 via 203.0.113.2 table 300
ip route add blackhole 203.0.113.16/28 table main
ip route add blackhole 10.1.2.3 table main
ip route add throw 0.0.0.0/1 table main
ip route get 127.0.0.1
ip rule show table 100
ip rule show
ip route add blackhole 172.16.0.0/12 metric 10 table main
ip rule add pref 100 uidrange 0-100 ipproto udp nop
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 300 sport 1000 table 100
ip route get 10.0.0.1
ip -j rule
ip route del 0.0.0.0/1 table 200
ip route get 8.8.8.8 mark 0x100
ip rule add pref 32000 fwmark 7 ipproto udp iif lo prohibit
ip route get 198.51.100.1 tos 0x10
ip route get 192.0.2.77 from 203.0.113.1 ipproto tcp sport 2500 dport 2001
ip route show table 200
ip rule add pref 50 to 172.16.0.0/12 tos lowdelay blackhole
ip rule add pref 32000 sport 1000-1170 unreachable
ip route get 172.16.1.1 from 198.51.100.1 mark 0x100
ip route get 10.1.2.3 from 203.0.113.5 iif veth3 mark 0x13 tos 0x08 ipproto tcp sport 1500 dport 1000
ip route get 10.1.2.9 uid 1500
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip rule add sport 0-1069 iif veth0 table 200
ip rule add pref 300 not tos 0x10 lookup 200
ip rule show table 100
ip rule add not to 10.0.0.0/8 uidrange 0-100 oif veth2 lookup 100
ip rule del pref 50
ip rule add ipproto udp unreachable
ip rule add pref 300 from 192.0.2.0/24 dport 2000 table 100
ip route get 192.0.2.77 from 203.0.113.1 iif veth1
ip rule show table 100
ip route del default table 100
ip route show table all
ip rule show table 100
ip rule add pref 100 tos lowdelay from 192.0.2.0/24 fwmark 7 prohibit
ip rule add pref 200 dport 2000-2448 nop
ip rule add ipproto udp unreachable
ip rule add to 10.0.0.0/8 unreachable
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 300
ip rule add pref 300 sport 1000 table 200 suppress_ifgroup 5
ip route get 198.51.100.1 ipproto tcp sport 0 dport 2001
ip rule del from 10.0.0.0/8 fwmark 0x10/0xf0 sport 1000-1260 unreachable
ip rule add iif lo dport 2000 lookup main
ip route add 0.0.0.0/1 dev veth2 metric 10 table main
ip route get 192.0.2.77 from 203.0.113.1 tos 0x10
ip route get 10.0.0.1 tos 0x10
ip route show table 200
ip route get 203.0.113.20 from 10.1.2.3 iif veth3
ip route add default via 192.0.2.2 metric 10 table 200
ip rule add pref 300 iif veth1 oif veth2 table 200
sysctl -w net.ipv4.ip_forward=0
ip route get 127.0.0.1 from 198.51.100.9 oif veth0
ip route show table all
ip rule
ip route add default dev veth2 table 100
ip route get 10.1.2.9
ip rule add pref 50 iif veth3 iif veth0 uidrange 0-100 table main suppress_prefixlength 8
ip rule del pref 200
ip rule add pref 32000 not uidrange 0-100 tos 0x08 table 300
ip route get 172.16.1.1
ip route del 0.0.0.0/1 table 200
ip rule
ip route show table all
