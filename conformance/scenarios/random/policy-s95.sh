# Seeded random policy-routing scenario (seed 95), from conformance/generators/policy.ts.
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
ip route add default via 198.51.100.2 metric 10 table 100
ip route add 0.0.0.0/1 dev veth0 table 100
ip route add blackhole 0.0.0.0/1 table 100
ip route add prohibit 10.1.2.3 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add default via 198.51.100.2 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 300
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 table 300
ip route add unreachable 10.1.2.0/24 table main
ip route add 10.1.2.0/24 dev veth1 metric 10 table main
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table main
ip rule add pref 300 dport 2000 fwmark 0x100 dport 1000-2635 prohibit
ip rule add ipproto 1 table 200
ip route add throw default table main
ip route get 198.51.100.1 uid 50 ipproto udp sport 1500 dport 2001
ip route get 10.0.0.1 tos 0x10
ip route get 203.0.113.20 oif veth0
ip route add 10.1.0.0/16 dev veth0 table 300
ip route get 10.1.2.9 from 203.0.113.1 ipproto 1 sport 1500 dport 2001
ip route get 172.16.1.1
ip -j rule
ip route get 203.0.113.20 from 203.0.113.1 iif veth1
ip rule del not from 198.51.100.1 uidrange 0-100
ip route show table all
ip route get 10.0.0.1 from 10.1.2.3 iif veth1
ip rule del dport 0-741 sport 2000-2608 unreachable
ip route show table all
ip rule add tos 0x08 table 300
ip rule add dport 2000 tos 0x10 dport 0 blackhole
ip route get 192.0.2.77 from 198.51.100.1 iif veth0 uid 0
ip route get 198.51.100.1 mark 0x100 uid 1500 ipproto udp sport 1000 dport 80
ip route get 8.8.8.8 uid 50
ip route show table 200
ip route get 127.0.0.1 mark 0x13 ipproto udp
ip route get 10.1.9.9 fibmatch
ip route del 10.1.2.0/24 table 300
ip rule add pref 300 ipproto 1 ipproto tcp prohibit
ip route get 203.0.113.20 from 203.0.113.5 iif veth1 tos 0x10
ip route get 8.8.8.8 from 198.51.100.9 iif veth1 ipproto 1 sport 1000 dport 80
ip rule add pref 32000 ipproto tcp prohibit
ip rule del uidrange 1000-2000 from 203.0.113.0/28
ip route get 8.8.8.8 from 10.1.2.3
ip rule add pref 32000 not sport 1000 table main suppress_prefixlength 0
ip route get 127.0.0.1 iif veth1 fibmatch
ip route get 198.51.100.1 oif veth2 tos 0x10 ipproto tcp sport 1500 dport 1000
ip rule list pref 100
ip rule del not oif veth0 unreachable
ip route show table 200
ip route get 10.1.2.9 oif veth0
ip rule add pref 50 not to 10.1.2.0/24 lookup 200
ip route get 10.0.0.1
sysctl -w net.ipv4.ip_forward=1
ip route get 172.16.1.1 from 10.1.2.3 oif veth0 ipproto 1
ip rule add pref 32000 dport 0-1686 unreachable
ip route get 10.0.0.1 from 198.51.100.9 uid 1500
ip route add throw 203.0.113.16/28 table 100
ip rule list pref 100
ip rule add pref 300 ipproto 1 lookup 100
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 50 fwmark 0x100 sport 1000-2150 lookup main
ip rule add ipproto 1 ipproto 1 lookup 100
ip rule add pref 200 fwmark 7 unreachable
ip route get 127.0.0.1 from 198.51.100.1 mark 0x13 tos 0x08
ip route get 172.16.1.1 ipproto tcp sport 1000 dport 2001
ip route get 172.16.1.1 from 192.0.2.1 iif veth3 ipproto tcp sport 1500 dport 2001
ip rule del not uidrange 0-100 tos 0x10
ip route show table all
ip route show table all
ip rule add pref 300 dport 0-554 to 172.16.0.0/12 to 172.16.0.0/12 nop
ip -d rule
ip rule add not dport 0-1639 dport 1000-1770 unreachable
ip rule
ip route show table all
