# Seeded random policy-routing scenario (seed 71), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add throw default table 200
ip route add throw 10.1.0.0/16 metric 10 table 200
ip route add 172.16.0.0/12 dev veth2 metric 10 table 200
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 300
ip route add prohibit 10.1.2.3 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add blackhole 0.0.0.0/1 table main
ip route add 0.0.0.0/1 dev veth1 table main
ip rule del pref 32000
ip -j rule
ip route get 10.0.0.1 iif veth3 uid 1500
ip rule del ipproto tcp fwmark 0x10/0xf0
ip -j rule
ip route get 10.1.2.9 oif veth2 mark 0x13 fibmatch
ip rule show table 100
ip route get 10.1.2.9 from 192.0.2.1 tos 0x08
ip route get 8.8.8.8 from 198.51.100.9
ip route get 172.16.1.1 iif veth0 mark 7 tos 0x10 ipproto 1 sport 2500 dport 80
ip route get 198.51.100.1
ip route show table 200
ip rule del to 10.1.2.0/24 tos lowdelay uidrange 0-0
ip rule add pref 100 uidrange 1000-2000 nop
ip route get 8.8.8.8 from 203.0.113.1 iif veth3 tos 0x08
ip rule add pref 300 dport 2000-2726 from 192.0.2.0/24 fwmark 0x10/0xf0 table 100 suppress_prefixlength 16
ip route get 127.0.0.1 from 192.0.2.1 iif veth0 mark 3 ipproto udp sport 0 dport 1000
ip route get 198.51.100.1 from 198.51.100.9 mark 0x100 ipproto tcp sport 1500 dport 2001
ip rule del not fwmark 0x100
ip route get 198.51.100.1 from 192.0.2.1 uid 0
ip route get 10.0.0.1 iif veth3
ip rule show table 100
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 100
ip rule show table 100
ip rule add pref 50 to 172.16.0.0/12 fwmark 0x100 unreachable
ip -d rule
ip rule del dport 1000 to 10.0.0.0/8 nop
ip route get 10.1.2.9 tos 0x08 uid 50
ip route get 203.0.113.20 from 10.1.2.3 mark 0x100 ipproto tcp sport 0 dport 80
ip route get 198.51.100.1 from 198.51.100.1 ipproto tcp sport 1000 dport 2001
ip rule show
ip rule add pref 200 ipproto tcp table 200
ip route del default table main
ip rule add not tos lowdelay tos 0x08 iif veth0 unreachable
ip rule show table 100
ip rule add pref 200 tos lowdelay tos 0x08 unreachable
ip rule show table 100
ip route add throw 10.1.2.0/24 table main
ip rule show table 100
ip route get 198.51.100.1 iif veth3 ipproto tcp
ip route get 8.8.8.8 from 198.51.100.1 fibmatch
ip route get 203.0.113.20 iif veth3 mark 0x13
ip rule del uidrange 0-0 from 203.0.113.0/28 unreachable
ip rule del pref 32000
ip rule add pref 50 not sport 2000-2011 oif veth2 lookup 200
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 32000 ipproto udp tos lowdelay unreachable
ip route get 10.1.2.3
ip rule add pref 32000 fwmark 7 nop
ip rule add pref 300 oif veth0 iif lo nop
ip rule show table 100
ip rule add ipproto udp blackhole
ip route get 8.8.8.8 from 198.51.100.1 mark 0x13
ip rule add pref 300 ipproto 1 to 10.1.2.0/24 from 10.0.0.0/8 table 300
ip route get 10.1.2.9 iif veth3
ip rule del iif veth3 ipproto tcp dport 2000-3524 table main suppress_prefixlength 8
ip route get 8.8.8.8 from 203.0.113.1 iif veth0
ip rule add pref 50 dport 1000 to 10.0.0.0/8 ipproto tcp table 300
ip route get 8.8.8.8 mark 3 tos 0x08
ip rule add pref 50 from 198.51.100.1 lookup 200
ip rule
ip route show table all
