# Seeded random policy-routing scenario (seed 79), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.2.0/24 table 100
ip route add throw 10.0.0.0/8 metric 10 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 table 100
ip route add prohibit 10.1.2.0/24 table 200
ip route add 10.1.0.0/16 dev veth1 table 200
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add default via 192.0.2.2 metric 10 table 300
ip route add 0.0.0.0/1 via 203.0.113.2 table 300
ip route add throw 0.0.0.0/1 table 300
ip route add prohibit 10.1.2.3 table main
ip route add default dev veth1 metric 10 table main
ip route add throw default table main
ip -j rule
ip route get 127.0.0.1
ip route get 10.1.9.9 from 203.0.113.1 ipproto udp sport 2500 dport 80
ip route get 192.0.2.77
ip route get 198.51.100.1 from 203.0.113.1 mark 0x13 ipproto 1
ip rule add pref 50 iif veth1 uidrange 0-100 tos 0x08 table 200 suppress_ifgroup 0
ip route get 8.8.8.8 from 203.0.113.1 oif veth0 uid 0 fibmatch
ip route get 10.1.2.3 from 198.51.100.9 iif veth3 tos 0x08
ip route get 8.8.8.8
ip route get 10.1.2.9 oif veth0 mark 0x100 uid 1500
ip route add prohibit 172.16.0.0/12 table 300
ip route show table all
ip rule add pref 100 to 172.16.0.0/12 sport 2000-3593 dport 0-473 lookup 100
ip rule add not dport 0 sport 0 blackhole
ip route add unreachable 10.1.2.3 metric 10 table main
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip -d rule
ip rule del dport 1000 nop
ip rule add pref 200 tos 0x08 tos 0x08 iif veth1 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 oif veth2 mark 7
ip -d rule
ip rule add to 8.8.8.8 table 200 suppress_ifgroup 5
ip route add 10.1.0.0/16 dev veth0 table 200
ip -d rule
ip route get 10.1.2.3 tos 0x10 ipproto udp sport 1000 dport 2001
ip route get 10.1.2.3 from 198.51.100.1 ipproto udp sport 2500 dport 2001
ip -j rule
ip route get 127.0.0.1 from 203.0.113.5 oif veth2 tos 0x08
ip rule del to 172.16.0.0/12
ip rule add pref 200 not from 10.0.0.0/8 uidrange 0-0 prohibit
ip route get 10.1.2.3 oif veth0
ip route get 192.0.2.77 tos 0x08 uid 0
ip rule add pref 200 sport 0-753 to 10.0.0.0/8 unreachable
ip rule add dport 1000 goto 50
ip route get 198.51.100.1 tos 0x08 ipproto tcp
ip route get 10.0.0.1 from 203.0.113.5 tos 0x08 uid 0
ip rule del to 8.8.8.8 unreachable
ip rule del pref 100
ip route show table all
ip rule del pref 32000
ip rule
ip route get 203.0.113.20 from 203.0.113.5 iif veth1 mark 3 tos 0x10 uid 50
ip route add blackhole 10.1.0.0/16 table 100
ip rule add pref 100 tos 0x10 sport 2000-2275 fwmark 0x100 nop
ip route get 172.16.1.1 tos 0x08 uid 1500
ip route get 8.8.8.8 uid 50
ip route get 10.1.2.9 from 203.0.113.1 mark 0x13 tos 0x10
ip rule add sport 1000-1456 goto 32000
ip rule list pref 100
ip rule add pref 50 uidrange 1000-2000 goto 50
ip route get 10.1.9.9 from 203.0.113.1 iif veth1 tos 0x10 fibmatch
ip rule del pref 300
ip -d rule
ip rule del not sport 0-672
ip rule add pref 32000 dport 2000-3329 blackhole
ip route get 198.51.100.1 iif veth0 mark 0x100 ipproto udp sport 0 dport 2001
ip rule add iif veth1 iif veth0 oif veth0 nop
ip route get 10.0.0.1 iif veth3
ip route get 8.8.8.8 mark 7
ip route get 10.0.0.1 iif veth1 mark 7 ipproto udp
ip rule
ip route show table all
