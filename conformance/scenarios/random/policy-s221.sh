# Seeded random policy-routing scenario (seed 221), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.0.0.0/8 dev veth2 metric 10 table 100
ip route add prohibit 172.16.0.0/12 table 200
ip route add throw 10.1.2.3 table 200
ip route add 10.1.0.0/16 dev veth0 table 200
ip route add blackhole default metric 10 table 300
ip route add default dev veth1 table 300
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 300
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table main
ip route add blackhole 10.1.2.0/24 table main
ip route add 172.16.0.0/12 dev veth2 table main
ip rule add iif lo from all dport 0 table 300
ip route get 10.1.2.3 oif veth2
ip route get 203.0.113.20 oif veth0
ip route get 10.0.0.1 from 10.1.2.3
ip rule add pref 200 dport 2000 to 172.16.0.0/12 unreachable
ip route get 127.0.0.1 mark 7
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip rule list pref 100
ip -d rule
ip route add 10.1.2.0/24 dev veth1 table main
ip route get 10.1.9.9 mark 0x100 ipproto 1
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 300
ip route get 172.16.1.1 from 203.0.113.1 fibmatch
sysctl -w net.ipv4.ip_forward=0
ip route get 192.0.2.77 oif veth2 tos 0x10 uid 1500 ipproto tcp sport 0 dport 1000
ip route get 10.1.9.9 iif veth3 mark 7 uid 50
ip route get 8.8.8.8 tos 0x10 ipproto tcp sport 1000 dport 1000
ip rule list pref 100
ip route show table 200
ip route get 192.0.2.77 uid 50 ipproto tcp
ip route get 10.1.9.9 oif veth2 mark 0x100
ip -j rule
ip rule del not dport 0 dport 2000 fwmark 0x100
ip rule list pref 100
ip rule show table 100
ip rule del dport 0-1273 sport 1000-1468 uidrange 0-100 goto 300
ip rule show table 100
ip route get 10.1.2.9 oif veth2 uid 1500
ip route add throw default metric 10 table 200
ip rule add pref 200 uidrange 1000-2000 tos lowdelay from 203.0.113.0/28 unreachable
ip rule add pref 50 uidrange 0-100 goto 32000
ip route get 172.16.1.1 from 192.0.2.1 iif veth0
ip route del 10.1.0.0/16 table main
ip route del 172.16.0.0/12 table 100
ip route add blackhole 203.0.113.16/28 metric 10 table 100
ip rule add pref 100 not fwmark 3/3 blackhole
ip route get 203.0.113.20 from 203.0.113.5 iif veth0 uid 1500 ipproto tcp sport 1500 dport 1000
ip -j rule
ip rule show table 100
ip route get 10.1.2.9 from 198.51.100.9 mark 7 tos 0x08
ip rule add pref 100 ipproto tcp ipproto udp blackhole
ip route get 10.1.2.9 from 203.0.113.1
ip route get 203.0.113.20
ip route get 10.1.2.3 mark 3 tos 0x10
ip route get 172.16.1.1 from 10.1.2.3 mark 0x100 tos 0x08
ip rule show table 100
ip -j rule
ip route get 10.0.0.1 from 10.1.2.3 uid 50
ip route get 10.0.0.1 from 198.51.100.9 iif veth0
ip route show table 200
ip route get 192.0.2.77 tos 0x08 fibmatch
ip rule add uidrange 1000-2000 oif veth0 table 200 suppress_ifgroup 0
ip rule del uidrange 1000-2000 oif veth2 nop
ip rule show
ip route get 172.16.1.1 from 10.1.2.3 oif veth0 tos 0x08
ip route del 10.1.2.0/24 table 200
ip route get 10.1.9.9 from 192.0.2.1
ip -d rule
ip route get 10.0.0.1 mark 0x13 uid 50
ip rule add pref 200 from 203.0.113.0/28 table 100 suppress_prefixlength 16
ip rule
ip route show table all
