# Seeded random policy-routing scenario (seed 18), from conformance/generators/policy.ts.
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
ip route add unreachable 203.0.113.16/28 table 100
ip route add default via 198.51.100.2 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 table 200
ip route add throw default table 200
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 200
ip route add unreachable 10.1.0.0/16 metric 10 table 300
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table main
ip route add prohibit 172.16.0.0/12 table main
ip route add unreachable 203.0.113.16/28 table main
ip rule
ip route get 10.1.2.9
ip rule show table 100
ip rule add not tos lowdelay uidrange 1000-2000 unreachable
ip -j rule
ip route del default table 200
ip rule add dport 0-1738 sport 0 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule del dport 2000 from 203.0.113.0/28 goto 200
sysctl -w net.ipv4.ip_forward=0
ip rule add oif veth2 fwmark 0x10/0xf0 prohibit
ip rule add pref 50 not to 10.0.0.0/8 dport 1000-2158 nop
ip rule del not to 172.16.0.0/12 sport 1000-2579 prohibit
ip route get 10.1.9.9 tos 0x10 ipproto udp sport 1500 dport 1000
ip rule add pref 50 dport 1000-1499 sport 1000 lookup 200
ip rule add pref 50 not uidrange 0-100 uidrange 0-0 fwmark 0x10/0xf0 goto 32000
ip route get 10.1.2.3 iif veth3
ip route get 10.1.2.9 from 192.0.2.1 mark 0x13 ipproto 1
ip -d rule
ip rule list pref 100
ip rule list pref 100
ip rule add pref 200 ipproto tcp blackhole
ip route get 192.0.2.77 from 198.51.100.9 tos 0x08 uid 0
ip route get 127.0.0.1 iif veth1 mark 3 uid 1500
ip route show table all
ip rule add pref 100 dport 1000 dport 1000 iif veth1 unreachable
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip -d rule
ip route get 127.0.0.1 mark 7 fibmatch
ip rule add uidrange 1000-2000 ipproto tcp sport 2000-3785 prohibit
ip rule del iif veth3 prohibit
ip rule show
ip route get 8.8.8.8 oif veth0
ip route get 10.1.2.9
ip route get 127.0.0.1 iif veth3
ip rule show
ip route get 10.0.0.1 from 203.0.113.5 mark 7 tos 0x10 ipproto 1 sport 1500 dport 80
ip route get 172.16.1.1 tos 0x08 uid 1500
ip rule del pref 100
ip route get 10.1.2.9 from 203.0.113.5 tos 0x08 uid 50 ipproto 1 sport 2500 dport 2001
ip rule add dport 0-1761 from 10.0.0.0/8 to 172.16.0.0/12 nop
ip rule add not iif veth3 oif veth0 table main suppress_prefixlength 8
ip rule add pref 100 to 172.16.0.0/12 nop
ip route del 172.16.0.0/12 table main
ip route get 203.0.113.20 from 198.51.100.9
ip route show table all
ip rule add pref 32000 iif veth0 goto 100
ip route add unreachable 10.1.2.3 table 300
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 dport 0 lookup 200
ip rule add iif veth1 goto 300
ip rule add pref 300 iif veth0 from 10.0.0.0/8 lookup 200
ip rule add pref 32000 from all uidrange 0-100 nop
ip route get 10.0.0.1 from 198.51.100.9 tos 0x08
ip route get 10.0.0.1 from 198.51.100.1 iif veth3 mark 7 ipproto tcp sport 0 dport 1000
ip route get 10.1.2.9 from 203.0.113.1 iif veth3 mark 3 tos 0x10
ip rule show
ip rule add pref 100 not ipproto tcp tos lowdelay lookup 100
ip route show table all
ip rule del pref 200
ip rule
ip route show table all
