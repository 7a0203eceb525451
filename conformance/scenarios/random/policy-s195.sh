# Seeded random policy-routing scenario (seed 195), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth0 table 100
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add 10.0.0.0/8 dev veth0 table 200
ip route add blackhole 203.0.113.16/28 table 200
ip route add unreachable default metric 10 table 200
ip route add default dev veth2 metric 10 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add 203.0.113.16/28 dev veth0 metric 10 table 300
ip route add 10.1.2.3 dev veth1 metric 10 table main
ip route add 0.0.0.0/1 dev veth2 table main
ip route add throw 10.1.2.3 table main
ip route del 203.0.113.16/28 table 300
ip route get 10.1.9.9 iif veth0 ipproto tcp sport 0 dport 2001
ip rule add pref 50 not oif veth2 iif veth3 fwmark 3/3 goto 50
sysctl -w net.ipv4.ip_forward=1
ip route del default table 200
ip rule add pref 100 uidrange 0-100 ipproto udp goto 50
ip route show table 200
ip -d rule
ip rule show
ip rule add pref 32000 not uidrange 1000-2000 oif veth2 lookup main
ip rule del pref 32000
ip -j rule
ip rule del to 10.1.2.0/24 tos 0x08 uidrange 0-0
ip route get 8.8.8.8 mark 0x100 ipproto udp
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip rule show table 100
ip rule add pref 300 dport 1000-1407 table 200
ip -j rule
ip route add throw 10.1.2.3 metric 10 table 300
ip route get 10.1.2.9 iif veth1
ip route get 192.0.2.77
ip route del 203.0.113.16/28 table 100
ip rule del pref 300
sysctl -w net.ipv4.ip_forward=0
ip route add 10.1.2.0/24 dev veth2 table 300
ip rule
ip route get 8.8.8.8 from 10.1.2.3 mark 0x13
ip route show table all
ip rule show
ip rule
ip route del 172.16.0.0/12 table 100
ip route get 192.0.2.77 from 203.0.113.1 mark 0x13 tos 0x10
ip rule add pref 300 uidrange 1000-2000 unreachable
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 from 203.0.113.5 iif veth1 uid 1500
ip rule del iif veth0 ipproto udp dport 1000 goto 100
ip rule del ipproto 1 dport 0-167 from 203.0.113.0/28
ip route get 10.1.2.9 from 198.51.100.9 tos 0x08
ip rule list pref 100
ip route get 192.0.2.77 oif veth2 uid 50 ipproto 1
ip rule list pref 100
ip -j rule
ip rule add pref 32000 tos lowdelay goto 300
ip route del 10.1.2.3 table main
ip -d rule
ip route get 198.51.100.1 tos 0x08
ip route get 10.1.2.9
ip route show table all
ip rule del pref 50
ip rule add pref 100 not dport 1000 to 8.8.8.8 nop
ip route add 172.16.0.0/12 dev veth1 table 300
ip route add prohibit 10.0.0.0/8 table 100
ip rule
ip route add blackhole 0.0.0.0/1 table 200
ip route add throw 10.1.0.0/16 table 100
ip rule del tos 0x10 table 200
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 mark 0x100
ip rule add pref 50 ipproto 1 unreachable
ip rule
ip route get 172.16.1.1 from 198.51.100.1 iif veth0 mark 7
ip rule
ip route show table all
