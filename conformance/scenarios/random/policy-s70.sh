# Seeded random policy-routing scenario (seed 70), from conformance/generators/policy.ts.
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
ip route add default dev veth1 table 100
ip route add throw 203.0.113.16/28 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route add blackhole 203.0.113.16/28 table 200
ip route add default via 192.0.2.3 metric 10 table 200
ip route add unreachable 10.1.2.3 table 300
ip route add unreachable 10.0.0.0/8 table 300
ip route add unreachable default metric 10 table 300
ip route add unreachable 203.0.113.16/28 table main
ip route add blackhole 10.1.2.0/24 table main
ip route add prohibit 10.1.2.3 table main
ip route get 172.16.1.1 from 203.0.113.1 oif veth0 ipproto 1
ip rule del tos 0x08
ip route get 172.16.1.1 from 198.51.100.9 iif veth3 ipproto udp
ip route get 10.1.2.9 from 203.0.113.5 uid 0
ip rule add pref 300 oif veth2 nop
ip -j rule
ip route get 10.1.2.9 mark 7 uid 1500
ip rule del sport 1000 sport 2000 uidrange 0-0 table 100
ip route show table 200
ip route get 10.1.2.9 from 203.0.113.1
ip route get 10.1.2.3 uid 1500
ip route add blackhole 10.1.2.0/24 table 100
ip route get 8.8.8.8 oif veth2 mark 7
ip route get 203.0.113.20 from 203.0.113.1 iif veth1
ip route get 172.16.1.1 from 198.51.100.9 iif veth3 mark 0x13 ipproto 1 sport 1500 dport 2001
ip route get 192.0.2.77 oif veth2 mark 3 tos 0x10 uid 50
ip rule add pref 200 iif lo sport 0-472 goto 100
ip route show table all
ip rule del pref 300
ip rule del oif veth0 tos 0x10 table main suppress_prefixlength 0
ip rule del sport 0-1193 nop
ip rule add pref 300 sport 2000-3650 fwmark 0x100 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 from 203.0.113.5 mark 3 uid 0
ip route get 8.8.8.8 from 198.51.100.9 iif veth3 uid 1500 ipproto 1 sport 1000 dport 80
ip rule add pref 100 not oif veth0 goto 200
ip route get 172.16.1.1 from 203.0.113.1 mark 7 fibmatch
ip rule add not ipproto tcp nop
ip rule list pref 100
ip rule add pref 200 uidrange 0-100 table 300
ip route get 10.1.9.9 from 203.0.113.5 mark 0x100
ip rule add ipproto 1 goto 200
ip rule add pref 50 dport 2000-2667 tos 0x10 lookup 100
ip route get 203.0.113.20 from 192.0.2.1 tos 0x10
ip rule add pref 300 to 10.1.2.0/24 table 200
ip -d rule
ip route get 10.1.9.9 from 10.1.2.3 iif veth0 uid 50
ip route get 10.1.2.9 from 203.0.113.1
ip route show table all
ip rule add pref 300 fwmark 0x10/0xf0 tos 0x08 prohibit
ip rule add pref 50 fwmark 7 dport 1000-2177 to 172.16.0.0/12 blackhole
ip route get 203.0.113.20 from 10.1.2.3 ipproto tcp sport 0 dport 2001
ip rule add oif veth2 fwmark 0x10/0xf0 goto 300
ip route get 10.0.0.1 oif veth0 mark 7
ip rule add from 192.0.2.0/24 table 100
ip route get 10.1.2.3 from 192.0.2.1 iif veth0 tos 0x10
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip rule add pref 300 tos 0x08 table 100
ip route add prohibit 10.0.0.0/8 metric 10 table 300
ip rule add ipproto 1 lookup 200
ip route add blackhole 10.0.0.0/8 metric 10 table 300
ip route get 127.0.0.1 mark 7
ip route show table 200
ip rule add pref 200 uidrange 0-100 tos lowdelay goto 200
ip rule show
ip route get 198.51.100.1 iif veth3 ipproto tcp sport 1500 dport 2001
ip route show table all
ip rule add pref 100 oif veth0 uidrange 0-100 unreachable
ip rule add not sport 0 table 200 suppress_ifgroup 0
ip rule del dport 1000-2506 fwmark 0x100 table 200 suppress_ifgroup 0
ip rule
ip rule
ip route show table all
