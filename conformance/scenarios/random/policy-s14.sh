# Seeded random policy-routing scenario (seed 14), from conformance/generators/policy.ts.
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
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip route add 172.16.0.0/12 dev veth2 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 200
ip route add unreachable default table 200
ip route add 203.0.113.16/28 via 203.0.113.2 table 200
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add 172.16.0.0/12 dev veth2 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route add default dev veth1 metric 10 table main
ip route add blackhole 10.1.0.0/16 table main
ip rule add pref 300 not iif veth1 dport 1000 iif veth3 nop
ip rule add fwmark 0x100 ipproto tcp table 200 suppress_ifgroup 0
ip route get 127.0.0.1 from 198.51.100.1 oif veth0 uid 1500
ip -j rule
ip route get 8.8.8.8 mark 0x13 uid 1500 ipproto tcp sport 1500 dport 1000
ip rule show table 100
ip route get 10.1.2.3 from 10.1.2.3 mark 0x13
ip route get 10.0.0.1 from 198.51.100.1 uid 0
ip route get 10.1.9.9 from 198.51.100.9 iif veth0
ip -j rule
ip rule list pref 100
ip route get 172.16.1.1 from 10.1.2.3 fibmatch
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip rule list pref 100
ip rule del from 203.0.113.0/28 fwmark 7
ip route get 127.0.0.1 from 192.0.2.1 iif veth0 uid 0
ip route get 10.1.2.3 from 198.51.100.1 tos 0x10 uid 1500 ipproto 1
ip rule show
ip rule add sport 0-878 blackhole
ip route get 198.51.100.1 from 203.0.113.5 oif veth0
ip rule add pref 50 not ipproto tcp uidrange 1000-2000 prohibit
ip route get 172.16.1.1 from 192.0.2.1 uid 50
ip -d rule
ip rule add pref 50 dport 0-1497 ipproto tcp prohibit
ip route get 10.1.9.9 iif veth1 mark 0x13 uid 50
ip route get 10.1.2.3
ip rule del pref 300
ip route get 10.1.2.9 from 198.51.100.9 mark 7
ip rule add sport 0 dport 0-1474 goto 100
ip rule add pref 100 uidrange 0-100 fwmark 7 prohibit
ip rule del sport 2000 sport 1000 fwmark 0x100 table main suppress_prefixlength 8
ip route get 10.1.2.9 from 10.1.2.3 mark 3
ip route get 203.0.113.20 from 198.51.100.9
ip rule show table 100
ip route get 10.0.0.1 from 198.51.100.9 mark 0x13
ip rule add pref 100 fwmark 0x100 iif veth0 from 203.0.113.0/28 table main suppress_prefixlength 0
ip route get 10.1.2.3 iif veth3 mark 0x100
ip rule del dport 2000 tos 0x08 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 uid 1500
ip rule add pref 50 fwmark 0x100 sport 0 prohibit
ip route get 172.16.1.1 from 203.0.113.5 uid 0 ipproto udp sport 1500 dport 1000
ip rule del pref 300
ip -j rule
sysctl -w net.ipv4.ip_forward=1
ip rule list pref 100
ip rule show
ip route get 203.0.113.20 from 203.0.113.1 mark 7 ipproto tcp
ip -j rule
ip route get 10.1.2.9 from 192.0.2.1
ip link set veth0 up
ip route get 10.1.2.3 from 198.51.100.1 oif veth0 ipproto udp sport 2500 dport 2001
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.9.9 mark 7 tos 0x10
ip route get 198.51.100.1 from 198.51.100.1 tos 0x10 uid 0
ip route get 10.1.2.3 from 192.0.2.1 mark 7
ip route get 10.1.2.3 tos 0x10 uid 0
ip route get 203.0.113.20
ip route del 10.0.0.0/8 table 100
ip rule
ip route show table all
