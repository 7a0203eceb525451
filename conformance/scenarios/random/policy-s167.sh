# Seeded random policy-routing scenario (seed 167), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth1 metric 10 table 100
ip route add 203.0.113.16/28 via 203.0.113.2 table 100
ip route add prohibit 203.0.113.16/28 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add prohibit default metric 10 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 300
ip route add unreachable 172.16.0.0/12 table 300
ip route add 10.1.2.3 dev veth0 table 300
ip route add 10.1.2.0/24 dev veth2 table main
ip route add prohibit 0.0.0.0/1 metric 10 table main
ip route add throw 172.16.0.0/12 table main
ip route get 10.0.0.1 tos 0x10 ipproto tcp
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 50 sport 0-1400 table 200
ip route add throw 10.1.2.3 table 200
ip route del default table 300
ip route get 10.1.2.9 from 203.0.113.1 oif veth2 mark 0x13
ip route get 127.0.0.1 uid 50 ipproto tcp sport 2500 dport 2001
ip route get 127.0.0.1 from 203.0.113.5 iif veth0 tos 0x10
ip route get 8.8.8.8 from 198.51.100.9 fibmatch
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 from 203.0.113.5 oif veth2 mark 3 ipproto tcp sport 2500 dport 1000
ip rule add pref 50 sport 2000-2132 iif veth1 goto 100
ip rule add pref 100 uidrange 0-0 nop
ip rule add pref 50 uidrange 1000-2000 table main suppress_prefixlength 16
ip rule show
ip rule add ipproto 1 ipproto tcp tos 0x08 nop
ip rule del fwmark 3/3 sport 2000-3834 ipproto udp
ip route add default via 203.0.113.2 table 200
ip route add prohibit 172.16.0.0/12 table 100
ip rule del not iif veth3 sport 1000
ip route del 10.1.2.0/24 table main
ip route show table all
ip rule del pref 50
ip route get 127.0.0.1 from 10.1.2.3 ipproto 1 sport 1500 dport 2001
ip rule add pref 32000 fwmark 3/3 from 198.51.100.1 table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route get 192.0.2.77
ip route get 172.16.1.1 from 203.0.113.5 oif veth0 mark 0x100
ip route del default table main
ip rule add pref 300 iif veth3 lookup 100
ip rule add fwmark 7 ipproto udp table 200 suppress_ifgroup 0
ip rule add pref 200 not oif veth0 prohibit
ip rule show
ip rule add pref 50 uidrange 0-100 oif veth0 oif veth0 blackhole
sysctl -w net.ipv4.ip_forward=0
ip route show table all
ip route add 0.0.0.0/1 dev veth0 table 200
ip rule add pref 50 tos 0x08 to 10.1.2.0/24 blackhole
ip rule del dport 2000-3093 iif veth1 blackhole
ip route get 198.51.100.1 from 192.0.2.1 mark 0x13 tos 0x10
ip route get 10.1.2.3 from 203.0.113.1 iif veth1 mark 0x13 uid 50 ipproto udp
ip rule add pref 300 from 10.0.0.0/8 dport 0 sport 1000-2841 unreachable
ip rule add oif veth2 prohibit
ip rule add pref 100 uidrange 1000-2000 from 10.0.0.0/8 table 200 suppress_ifgroup 5
ip rule del uidrange 0-100 sport 2000-2215
ip route add 10.1.2.0/24 via 198.51.100.2 table 100
ip route get 127.0.0.1 oif veth0
ip rule
ip rule add pref 300 dport 1000-1171 table 200 suppress_ifgroup 5
ip route get 192.0.2.77 mark 7
ip -j rule
ip rule show
ip rule add tos 0x08 fwmark 3/3 goto 50
ip route get 203.0.113.20
ip rule add pref 200 iif veth1 sport 1000-1253 table 100 suppress_prefixlength 0
ip rule list pref 100
ip route show table all
ip route get 127.0.0.1 from 198.51.100.9 oif veth0 ipproto tcp sport 2500 dport 80
ip route get 172.16.1.1 from 203.0.113.1 iif veth3
ip rule del from all ipproto 1
ip rule
ip route show table all
