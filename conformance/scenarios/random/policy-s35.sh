# Seeded random policy-routing scenario (seed 35), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth2 table 100
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add blackhole 172.16.0.0/12 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 200
ip route add throw default metric 10 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add default dev veth1 table 300
ip route add unreachable 172.16.0.0/12 table main
ip route add 172.16.0.0/12 via 192.0.2.3 table main
ip route add 10.1.2.3 dev veth2 metric 10 table main
ip route get 172.16.1.1 oif veth2 tos 0x08 ipproto tcp
ip route get 10.0.0.1 from 10.1.2.3 oif veth2 mark 3
ip rule add pref 32000 iif lo table 200 suppress_ifgroup 5
ip route get 10.1.2.9 iif veth0
ip route get 172.16.1.1 from 203.0.113.5 mark 7 ipproto 1 sport 2500 dport 2001
ip rule del dport 0-998 from 203.0.113.0/28
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table main
ip route get 10.1.2.9 tos 0x10 uid 0
ip route add throw 0.0.0.0/1 table 100
ip route add 0.0.0.0/1 dev veth0 table 100
ip route add blackhole 0.0.0.0/1 table 300
ip rule
ip rule add pref 50 uidrange 0-0 prohibit
ip rule del pref 200
ip route show table all
ip rule add dport 2000-2853 fwmark 3/3 goto 32000
ip rule add pref 200 fwmark 3/3 blackhole
ip rule add pref 32000 from 198.51.100.1 unreachable
ip route get 172.16.1.1 iif veth1 tos 0x08 ipproto 1
ip rule add fwmark 3/3 ipproto udp oif veth0 blackhole
ip rule add pref 100 to 10.0.0.0/8 table 200
ip rule add not iif veth1 oif veth2 goto 100
ip rule add pref 50 not sport 2000 nop
ip rule del to 10.0.0.0/8 unreachable
ip route del 172.16.0.0/12 table main
ip rule add pref 32000 from all ipproto 1 oif veth2 nop
ip route get 127.0.0.1 mark 3
ip rule add pref 32000 tos lowdelay uidrange 0-0 unreachable
ip route show table 200
ip route get 172.16.1.1 mark 3
ip rule add pref 200 from 10.0.0.0/8 oif veth0 nop
ip route get 8.8.8.8 oif veth2 tos 0x08
ip route get 8.8.8.8 iif veth1 ipproto udp sport 0 dport 80 fibmatch
ip route show table all
ip route add default via 192.0.2.2 table 200
ip -j rule
ip route get 203.0.113.20 tos 0x08
ip rule add not ipproto tcp iif veth3 dport 1000 nop
ip rule del dport 2000 nop
ip route get 10.1.9.9 oif veth2 mark 7
ip route get 8.8.8.8 from 203.0.113.5 fibmatch
ip rule add from 198.51.100.1 ipproto tcp prohibit
ip route get 10.1.9.9 tos 0x10
ip -j rule
ip route get 8.8.8.8 from 198.51.100.9 mark 3 ipproto tcp sport 2500 dport 1000
ip route get 8.8.8.8 from 198.51.100.9
ip route get 192.0.2.77 from 198.51.100.1 tos 0x10
ip -d rule
ip rule add pref 32000 tos 0x10 tos 0x08 table 200
ip route get 203.0.113.20 iif veth1 tos 0x10
ip route get 8.8.8.8 iif veth3 mark 3 tos 0x10 ipproto tcp
ip rule
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.9.9 iif veth1 uid 1500 ipproto udp sport 1000 dport 1000
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table main
ip rule
ip -d rule
ip rule del to 8.8.8.8 sport 0
ip route show table 200
ip route get 10.1.2.9 from 203.0.113.1 oif veth0 ipproto tcp sport 2500 dport 2001
ip rule
ip route show table all
