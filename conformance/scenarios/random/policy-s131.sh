# Seeded random policy-routing scenario (seed 131), from conformance/generators/policy.ts.
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
ip route add prohibit 10.1.2.3 table 100
ip route add default via 192.0.2.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth1 table 100
ip route add 10.0.0.0/8 dev veth2 table 200
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add prohibit 10.0.0.0/8 table 300
ip route add default via 198.51.100.2 table 300
ip route add unreachable default table 300
ip route add prohibit 10.0.0.0/8 table main
ip route add 10.1.2.3 via 192.0.2.3 table main
ip route add 10.1.2.0/24 via 198.51.100.2 table main
ip route add 10.0.0.0/8 dev veth0 metric 10 table main
ip route add blackhole 203.0.113.16/28 table 100
ip rule add pref 32000 not to 10.1.2.0/24 fwmark 0x100 table 200
ip route get 203.0.113.20 mark 0x13
ip route del 10.1.2.0/24 table 300
ip route get 8.8.8.8 from 198.51.100.9 iif veth3
ip rule add pref 200 uidrange 0-100 tos lowdelay table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 10.1.2.3
ip route get 10.1.9.9
ip route get 10.1.2.9 from 198.51.100.1 iif veth3 mark 0x13 ipproto 1 sport 1500 dport 2001
ip route get 10.1.2.9 iif veth0 uid 0
ip rule add from 10.0.0.0/8 sport 0-1220 table 200 suppress_ifgroup 0
ip rule add from 10.0.0.0/8 sport 1000-2615 ipproto 1 table 100 suppress_prefixlength 8
ip route get 127.0.0.1 ipproto tcp sport 1000 dport 2001
ip rule show table 100
ip route get 10.0.0.1 oif veth0
ip route get 10.1.2.3 from 198.51.100.1
ip route get 203.0.113.20 oif veth2 tos 0x10
ip rule add oif veth0 nop
ip route get 10.1.2.9 oif veth2 fibmatch
ip rule add pref 300 from all uidrange 0-0 tos 0x10 unreachable
ip route get 172.16.1.1 tos 0x10
ip rule add fwmark 7 table 200
ip route get 10.1.2.9 iif veth0
ip rule add oif veth2 prohibit
ip route get 10.0.0.1
ip route get 203.0.113.20 from 203.0.113.1 mark 0x13
ip -j rule
ip route get 10.0.0.1
ip route show table all
ip route del 10.1.2.0/24 table main
ip rule add sport 2000 from 10.0.0.0/8 table 200 suppress_ifgroup 5
ip rule list pref 100
ip rule add pref 32000 not to 10.1.2.0/24 oif veth0 fwmark 7 nop
ip route get 203.0.113.20 tos 0x08 uid 0
ip route get 10.0.0.1 iif veth3 fibmatch
ip route get 8.8.8.8 mark 0x100
ip route add throw 172.16.0.0/12 table main
ip rule del not tos 0x08 ipproto udp table 100 suppress_prefixlength 16
ip rule add ipproto 1 uidrange 0-100 table 200 suppress_ifgroup 0
ip route get 8.8.8.8 from 10.1.2.3 oif veth0
ip rule add pref 32000 sport 2000 sport 1000-2429 nop
ip rule add pref 32000 from all dport 0 unreachable
ip rule add pref 200 uidrange 0-100 sport 2000-2004 lookup 100
ip rule add pref 100 fwmark 0x100 blackhole
ip rule add pref 200 oif veth2 prohibit
ip rule list pref 100
ip route get 10.0.0.1 from 203.0.113.5 uid 50 fibmatch
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip rule add sport 0 table 200 suppress_ifgroup 5
ip route del 10.1.0.0/16 table 100
ip route get 172.16.1.1 from 203.0.113.1 iif veth1 ipproto 1 sport 0 dport 1000
ip rule
ip route add 10.0.0.0/8 via 198.51.100.2 table 100
ip route show table 200
ip rule add uidrange 1000-2000 uidrange 1000-2000 from all table main suppress_prefixlength 8
ip route add throw 10.0.0.0/8 table 100
ip rule add uidrange 0-100 lookup main
ip route get 198.51.100.1 mark 0x13 ipproto 1 sport 1500 dport 80
ip route get 10.1.2.3 from 10.1.2.3 iif veth1 uid 50 ipproto 1
ip rule
ip route show table all
