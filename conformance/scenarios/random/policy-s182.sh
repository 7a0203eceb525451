# Seeded random policy-routing scenario (seed 182), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 100
ip route add default via 198.51.100.2 table 100
ip route add 10.1.2.3 dev veth2 table 100
ip route add 10.1.2.3 dev veth0 table 200
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip route add unreachable default table 300
ip route add 0.0.0.0/1 via 203.0.113.2 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route add blackhole 10.0.0.0/8 table main
ip route add blackhole 10.1.2.0/24 table main
ip -j rule
ip rule add iif lo table 200 suppress_ifgroup 5
ip route get 10.1.9.9 from 192.0.2.1 tos 0x10
ip route get 8.8.8.8 from 203.0.113.1
ip -j rule
ip route get 10.1.2.3
ip route show table all
ip rule list pref 100
ip route get 203.0.113.20 from 10.1.2.3
ip route get 198.51.100.1 from 198.51.100.9 mark 3 tos 0x08
ip rule add not oif veth0 to 10.0.0.0/8 prohibit
ip route get 203.0.113.20 from 10.1.2.3 tos 0x08 uid 1500
ip route get 127.0.0.1 from 192.0.2.1 ipproto tcp
ip route get 10.1.2.3 from 203.0.113.1
ip rule
ip rule del pref 100
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip rule del not dport 1000-1084 from 198.51.100.1
ip rule del fwmark 0x100 table 200 suppress_ifgroup 0
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip rule show table 100
ip rule list pref 100
ip rule add pref 50 not uidrange 0-100 table 200 suppress_ifgroup 0
ip rule add pref 50 fwmark 3/3 blackhole
ip route get 8.8.8.8 from 203.0.113.5 iif veth3 mark 0x13 ipproto tcp sport 1000 dport 80
ip route show table all
ip rule del pref 50
ip rule del not from 198.51.100.1
ip -j rule
ip route get 203.0.113.20 uid 0 ipproto 1 sport 0 dport 2001
ip rule
ip rule add uidrange 0-100 tos 0x10 nop
ip rule del pref 50
ip route get 10.1.2.9
ip rule add tos lowdelay iif veth3 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 iif veth1 mark 7 uid 50 ipproto udp sport 0 dport 1000
ip rule add to 8.8.8.8 prohibit
ip rule add pref 200 fwmark 3/3 ipproto 1 to 10.0.0.0/8 table 100
ip rule add tos 0x08 oif veth2 unreachable
ip route get 10.0.0.1 oif veth2
ip rule add pref 32000 tos 0x10 lookup 100
ip rule add pref 32000 sport 1000 ipproto udp goto 200
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 mark 3 ipproto 1 sport 2500 dport 80
ip route get 10.1.2.9 ipproto udp sport 0 dport 1000 fibmatch
ip route get 198.51.100.1 from 203.0.113.1 ipproto 1 sport 1500 dport 1000
ip rule del ipproto 1 to 10.1.2.0/24 tos 0x10 prohibit
ip rule add fwmark 7 nop
ip rule del not oif veth0
ip route get 127.0.0.1 iif veth0 uid 1500 ipproto 1
ip rule show table 100
sysctl -w net.ipv4.ip_forward=1
ip route add 0.0.0.0/1 via 192.0.2.3 table main
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 100 tos lowdelay sport 2000-2868 unreachable
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route get 10.1.2.9 iif veth1 uid 0 ipproto 1 sport 2500 dport 80
ip rule del pref 32000
ip rule del pref 50
ip rule add pref 300 not uidrange 0-0 oif veth2 to 10.1.2.0/24 table 200 suppress_ifgroup 0
ip rule add dport 2000 sport 0-1784 goto 50
ip rule
ip route show table all
