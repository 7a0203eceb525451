# Seeded random policy-routing scenario (seed 159), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip route add 0.0.0.0/1 dev veth1 table 100
ip route add default via 192.0.2.3 table 100
ip route add throw 0.0.0.0/1 metric 10 table 200
ip route add default dev veth1 table 200
ip route add 10.1.2.3 via 192.0.2.2 table 200
ip route add unreachable 10.1.2.0/24 table 300
ip route add 0.0.0.0/1 dev veth0 table 300
ip route add 10.1.0.0/16 dev veth2 table 300
ip route add unreachable 10.1.0.0/16 table main
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip route add throw default table main
ip route get 172.16.1.1 tos 0x10 ipproto 1 sport 0 dport 80
ip rule del fwmark 7 sport 0-1251 from 203.0.113.0/28
ip rule add pref 50 tos lowdelay sport 1000 prohibit
ip route add throw 10.1.2.3 table main
ip route get 10.1.2.3
ip rule add pref 200 from all ipproto tcp nop
ip rule add pref 32000 ipproto 1 sport 1000-1986 nop
ip route get 192.0.2.77 from 10.1.2.3 mark 3 tos 0x10 ipproto tcp sport 1000 dport 80
ip rule add uidrange 0-100 prohibit
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip rule del ipproto udp fwmark 7 prohibit
ip route get 10.1.2.3 ipproto tcp sport 1500 dport 80
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip rule add pref 100 from 203.0.113.0/28 oif veth2 ipproto 1 table 200
ip rule add pref 200 tos lowdelay uidrange 0-0 prohibit
ip rule add pref 100 uidrange 0-0 dport 1000 table 100
ip route get 127.0.0.1 iif veth3
ip route add prohibit 10.1.0.0/16 table 100
ip rule show
ip -j rule
ip route get 10.1.9.9
ip rule add pref 32000 not to 8.8.8.8 to 8.8.8.8 to 10.0.0.0/8 goto 32000
ip route get 8.8.8.8 from 10.1.2.3
ip rule show
ip rule del tos 0x08 uidrange 1000-2000 unreachable
ip -d rule
ip route show table 200
ip rule
ip rule show
ip -d rule
ip route get 10.1.2.3 from 198.51.100.1
ip rule add not ipproto tcp table 200
ip rule del iif lo dport 0
ip rule add pref 32000 sport 1000-2392 oif veth0 to 10.1.2.0/24 table 300
ip -j rule
ip -j rule
ip rule del pref 32000
ip -j rule
ip route get 172.16.1.1 from 192.0.2.1 ipproto 1 sport 2500 dport 2001
ip rule
ip rule add dport 2000-3985 table 200 suppress_ifgroup 0
ip rule add pref 50 uidrange 0-100 uidrange 0-100 blackhole
ip rule add pref 200 not sport 1000-2954 iif lo sport 0 goto 50
ip rule add pref 300 fwmark 0x100 ipproto 1 ipproto 1 goto 100
ip route get 198.51.100.1 from 198.51.100.1
ip route show table 200
ip route get 172.16.1.1 mark 7 tos 0x08
ip rule add tos 0x08 unreachable
ip rule list pref 100
ip route get 10.1.9.9 iif veth0 ipproto udp sport 0 dport 2001
ip route get 172.16.1.1 from 198.51.100.9 uid 0
ip route get 203.0.113.20 from 10.1.2.3
ip rule add pref 200 iif veth3 oif veth2 table 200 suppress_ifgroup 5
ip route show table 200
ip rule add pref 100 not from all nop
ip -j rule
ip route get 172.16.1.1 mark 7 uid 50
ip rule add pref 50 sport 0-353 from all goto 300
ip route add 10.1.2.0/24 dev veth0 table 100
ip rule add dport 0 goto 300
ip rule
ip route show table all
