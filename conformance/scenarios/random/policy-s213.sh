# Seeded random policy-routing scenario (seed 213), from conformance/generators/policy.ts.
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
ip route add prohibit 203.0.113.16/28 table 100
ip route add default via 192.0.2.3 metric 10 table 100
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 200
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip route add default via 192.0.2.2 table 200
ip route add default via 192.0.2.2 table 300
ip route add throw 10.1.0.0/16 table 300
ip route add unreachable 10.1.2.0/24 table 300
ip route add prohibit 10.1.2.0/24 table main
ip route add unreachable 10.1.0.0/16 table main
ip route add 10.0.0.0/8 via 203.0.113.2 table main
ip route get 127.0.0.1 iif veth3
ip route get 8.8.8.8 from 203.0.113.5 iif veth0 mark 3
ip route get 127.0.0.1 from 203.0.113.1 tos 0x10
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 200
ip route del 10.1.2.0/24 table 200
ip route get 192.0.2.77 iif veth1 mark 3 uid 50
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route get 203.0.113.20
ip route get 10.1.2.3
ip route add throw 0.0.0.0/1 table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 127.0.0.1 tos 0x08 uid 50
ip rule del not dport 2000-3442 sport 2000
ip route add prohibit default metric 10 table main
ip rule
ip route get 10.0.0.1 ipproto 1 sport 1000 dport 2001
ip rule add fwmark 0x100 ipproto 1 prohibit
ip route get 10.1.2.9 from 203.0.113.5 tos 0x10 uid 50
ip route get 127.0.0.1 tos 0x08 uid 1500
ip rule add from 192.0.2.0/24 dport 1000 lookup 100
ip route get 192.0.2.77
ip route get 192.0.2.77 from 203.0.113.5 iif veth3 ipproto 1 sport 1500 dport 2001
ip route get 10.1.2.9 from 10.1.2.3 iif veth3 mark 0x13 ipproto udp sport 0 dport 80 fibmatch
ip rule add oif veth2 to 8.8.8.8 uidrange 0-100 unreachable
ip route get 203.0.113.20 oif veth0 uid 50
ip route del 10.1.2.0/24 table main
ip -d rule
ip rule show
ip route add default dev veth1 table main
ip rule add uidrange 1000-2000 uidrange 1000-2000 unreachable
ip route get 10.1.2.3 from 198.51.100.1 oif veth2 fibmatch
ip rule add not sport 0 goto 300
ip -j rule
ip rule add pref 50 iif veth1 table 200
ip rule add pref 300 dport 1000 ipproto 1 ipproto 1 nop
ip route get 10.1.9.9 from 198.51.100.9 iif veth0 mark 3 uid 1500 ipproto 1 sport 1000 dport 2001
ip route get 192.0.2.77
ip rule show table 100
ip rule add pref 200 ipproto 1 sport 2000-3178 unreachable
ip route get 10.0.0.1 tos 0x10
ip rule add dport 2000-3370 fwmark 0x100 uidrange 0-100 lookup main
ip rule del pref 200
ip rule add sport 0 goto 50
ip rule add iif veth0 sport 2000 table 200 suppress_ifgroup 0
ip rule add pref 32000 ipproto 1 dport 0 fwmark 7 blackhole
ip route del 10.1.2.3 table 300
ip route get 10.0.0.1 from 192.0.2.1 iif veth0
ip route get 203.0.113.20 tos 0x08 ipproto tcp
ip link set veth0 up
ip rule add pref 100 from 203.0.113.0/28 from 203.0.113.0/28 ipproto udp table 200
ip link set veth0 up
ip rule add pref 32000 ipproto udp from 192.0.2.0/24 uidrange 0-100 table 100
ip rule show
ip route get 10.1.2.9 oif veth2 mark 7
ip link set veth0 up
ip rule add pref 300 oif veth2 prohibit
ip route del default table main
ip rule add pref 50 tos lowdelay table 200 suppress_ifgroup 5
ip route get 198.51.100.1 iif veth0
ip route get 198.51.100.1 from 192.0.2.1 iif veth1 mark 0x100
ip rule
ip route show table all
