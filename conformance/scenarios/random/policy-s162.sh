# Seeded random policy-routing scenario (seed 162), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip route add prohibit default table 100
ip route add unreachable 0.0.0.0/1 table 100
ip route add blackhole 10.1.2.3 table 200
ip route add prohibit default metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route add unreachable default table main
ip route add 10.1.0.0/16 via 203.0.113.2 table main
ip route get 192.0.2.77 from 198.51.100.1 mark 7
ip route get 10.1.2.9 ipproto 1 sport 0 dport 80
sysctl -w net.ipv4.ip_forward=1
ip route get 203.0.113.20 mark 0x100
ip route add prohibit 172.16.0.0/12 table 300
ip route get 10.0.0.1 iif veth1
ip rule add pref 50 fwmark 0x100 tos 0x08 tos lowdelay table 300
ip route get 8.8.8.8 from 203.0.113.1
ip route get 172.16.1.1 ipproto tcp sport 2500 dport 1000
ip rule
ip rule add not ipproto udp prohibit
ip route add 10.1.2.0/24 dev veth0 metric 10 table 100
ip route get 203.0.113.20 oif veth0 tos 0x08
ip rule add pref 200 fwmark 0x10/0xf0 iif veth3 nop
ip route get 192.0.2.77
ip -d rule
ip rule add pref 32000 fwmark 3/3 ipproto 1 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 oif veth2
ip rule list pref 100
ip rule del pref 300
ip rule del oif veth0 table 200 suppress_ifgroup 5
ip rule add dport 1000 dport 1000-1702 dport 0 goto 32000
ip route add unreachable 0.0.0.0/1 table 100
ip route get 10.1.2.9
ip rule
ip -d rule
ip route get 10.0.0.1 from 192.0.2.1 iif veth1 mark 3 ipproto 1
ip route add prohibit 10.0.0.0/8 table 100
ip route get 10.1.9.9 oif veth2
ip route get 10.0.0.1
ip route show table 200
ip -j rule
ip rule del pref 32000
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table main
ip route show table 200
ip link set veth2 up
ip rule add iif veth0 oif veth0 blackhole
ip rule add fwmark 0x10/0xf0 unreachable
ip route get 10.1.2.3
ip route get 127.0.0.1 mark 3
ip route get 192.0.2.77 from 203.0.113.5
ip route add 10.1.2.0/24 dev veth0 metric 10 table 300
ip rule add tos lowdelay uidrange 1000-2000 ipproto tcp prohibit
ip route get 198.51.100.1 mark 0x100
ip rule add uidrange 0-0 iif lo prohibit
ip route get 8.8.8.8 from 192.0.2.1 ipproto 1 sport 2500 dport 2001
ip route add 10.1.2.0/24 dev veth0 metric 10 table 100
ip route get 10.1.2.3 iif veth3 ipproto 1 sport 1000 dport 2001
ip route get 8.8.8.8 tos 0x10
ip route get 127.0.0.1 from 198.51.100.9 uid 50
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 from 198.51.100.9 oif veth0 mark 0x100 ipproto udp sport 1000 dport 80
ip rule show table 100
ip rule show
ip rule add ipproto 1 dport 2000-2092 lookup 100
ip rule add pref 200 tos 0x10 iif veth1 blackhole
ip rule show
ip rule show table 100
ip route del default table 300
ip route get 192.0.2.77 from 198.51.100.9 iif veth0 ipproto udp sport 2500 dport 2001
ip rule
ip route show table all
