# Seeded random policy-routing scenario (seed 219), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 100
ip route add throw 10.1.2.0/24 table 100
ip route add 10.1.2.0/24 dev veth1 table 200
ip route add unreachable 10.1.2.3 table 200
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip route add prohibit 10.1.2.3 table 300
ip route add default dev veth1 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 table main
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table main
ip route add unreachable 10.1.2.3 table main
ip rule add oif veth0 to 8.8.8.8 unreachable
ip rule add pref 32000 uidrange 0-100 tos 0x08 to 10.1.2.0/24 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 from 198.51.100.9 mark 3 uid 50 ipproto udp
ip route get 198.51.100.1 from 198.51.100.1 mark 0x13 uid 50
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip route show table all
ip route get 127.0.0.1 ipproto 1
sysctl -w net.ipv4.ip_forward=1
ip -d rule
ip route get 127.0.0.1 uid 0
ip -j rule
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 mark 0x13
ip rule list pref 100
ip route show table all
ip route get 127.0.0.1 from 203.0.113.5 uid 1500
ip rule
ip link set veth2 up
ip route del 172.16.0.0/12 table 200
ip rule show
ip rule add pref 100 not to 10.1.2.0/24 to 10.1.2.0/24 unreachable
ip rule add sport 0 ipproto tcp goto 100
ip route add prohibit 10.1.2.3 table main
ip route get 172.16.1.1 from 198.51.100.1 iif veth1 mark 0x13 ipproto tcp sport 1000 dport 1000
ip rule add tos lowdelay sport 0-529 nop
ip route get 8.8.8.8 from 192.0.2.1 uid 1500
ip route get 172.16.1.1 from 192.0.2.1 tos 0x10 uid 1500 ipproto tcp sport 1500 dport 80
ip rule add not tos lowdelay table 100 suppress_prefixlength 8
ip rule add pref 200 iif lo tos lowdelay nop
ip route get 8.8.8.8 oif veth0 mark 0x100 tos 0x10 uid 1500 fibmatch
ip route get 10.0.0.1 from 10.1.2.3 mark 0x13
ip rule del iif veth1
ip route add 172.16.0.0/12 dev veth1 table 300
ip route show table 200
ip route get 10.1.9.9 oif veth0 fibmatch
ip link set veth2 up
ip route get 10.0.0.1 iif veth3 mark 0x100 ipproto udp
ip rule add sport 2000 table main suppress_prefixlength 16
ip rule list pref 100
ip rule
ip -d rule
ip route get 10.1.2.3 from 198.51.100.9 mark 0x100 tos 0x10
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip rule add not dport 0-1200 uidrange 0-100 fwmark 7 blackhole
ip route get 10.1.2.3 from 192.0.2.1 tos 0x10 fibmatch
ip rule add pref 100 iif veth3 ipproto tcp table 200 suppress_ifgroup 0
ip route get 10.1.2.3 iif veth3 tos 0x08 uid 50
ip rule add not oif veth0 blackhole
ip rule del tos 0x10 table 200 suppress_ifgroup 0
ip route get 10.0.0.1
ip route get 8.8.8.8 ipproto 1 sport 0 dport 1000
ip rule del pref 32000
ip rule del not dport 0-243 nop
ip rule add pref 100 not to 172.16.0.0/12 table main suppress_prefixlength 16
ip route del 10.1.2.0/24 table 200
ip route add unreachable 10.1.0.0/16 metric 10 table 300
ip route get 10.1.2.3 from 203.0.113.5 iif veth1
ip route get 203.0.113.20 iif veth0 mark 3
ip rule del uidrange 1000-2000 iif veth1 goto 32000
ip route get 203.0.113.20 from 198.51.100.1 fibmatch
ip route get 10.1.2.9 oif veth2 mark 0x100 uid 50 ipproto tcp sport 1500 dport 80
ip rule
ip route show table all
