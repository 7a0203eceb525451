# Seeded random policy-routing scenario (seed 141), from conformance/generators/policy.ts.
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
ip route add default dev veth0 metric 10 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route add prohibit 10.1.2.3 table 200
ip route add prohibit 10.1.0.0/16 table 200
ip route add 10.1.0.0/16 dev veth1 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add 10.0.0.0/8 dev veth1 table main
ip route add 203.0.113.16/28 via 198.51.100.2 table main
ip route add 10.1.2.0/24 dev veth2 table main
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip rule add ipproto tcp table main suppress_prefixlength 16
ip rule add not fwmark 0x100 dport 1000 unreachable
ip rule add pref 32000 sport 1000 ipproto udp blackhole
ip route get 172.16.1.1
ip -j rule
ip rule add pref 200 iif veth3 table 200 suppress_ifgroup 0
ip route add 10.1.0.0/16 dev veth0 table 100
ip rule add tos 0x08 from all dport 0-823 nop
ip route get 10.1.9.9 from 203.0.113.5 tos 0x10 ipproto udp sport 1500 dport 1000
ip -j rule
ip route get 127.0.0.1 from 198.51.100.1 ipproto 1 sport 1500 dport 2001
ip route get 172.16.1.1 oif veth0 mark 0x13
ip rule del from 10.0.0.0/8 oif veth0
ip route get 172.16.1.1 mark 0x13 ipproto udp sport 0 dport 80
ip route get 198.51.100.1 from 203.0.113.5 iif veth3
ip rule add pref 100 from all prohibit
ip rule
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip route get 8.8.8.8 from 192.0.2.1 iif veth0 tos 0x08
ip rule add pref 200 to 10.0.0.0/8 uidrange 0-100 from 192.0.2.0/24 lookup 100
ip route get 10.0.0.1 mark 7 ipproto tcp sport 2500 dport 80
ip route get 172.16.1.1 uid 1500
ip rule add pref 100 fwmark 3/3 table 200
ip route get 8.8.8.8 iif veth0
ip rule add iif veth0 blackhole
ip route add prohibit 0.0.0.0/1 table main
ip rule show
ip route get 10.1.2.9 from 198.51.100.9 tos 0x10
ip rule add sport 0-1457 ipproto tcp from all table 200 suppress_ifgroup 0
ip route add unreachable default table 200
ip route get 10.1.2.3 oif veth0 tos 0x10
ip route show table 200
ip rule del ipproto 1
ip rule add pref 50 fwmark 7 lookup 200
ip rule add dport 0 table 200 suppress_ifgroup 5
ip rule add pref 50 oif veth2 table 200
ip route add throw 203.0.113.16/28 metric 10 table 200
ip rule add dport 2000 tos 0x10 oif veth2 nop
sysctl -w net.ipv4.ip_forward=1
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 ipproto udp
ip rule add tos lowdelay blackhole
ip rule add pref 200 dport 2000-3877 lookup 100
ip route get 10.0.0.1 from 203.0.113.1 oif veth2 mark 0x100 tos 0x08
ip rule add from 10.0.0.0/8 goto 100
ip rule add pref 300 dport 2000-2402 to 172.16.0.0/12 unreachable
ip route get 10.1.9.9 iif veth3
ip route get 10.1.2.3 oif veth2
ip rule add not fwmark 3/3 dport 1000-1617 goto 50
ip rule add pref 100 oif veth0 dport 0 blackhole
ip rule del iif veth3 iif veth0
ip route get 10.1.2.9 iif veth3 mark 3
ip rule add pref 50 not fwmark 3/3 fwmark 0x10/0xf0 table 100 suppress_prefixlength 8
ip route get 8.8.8.8 tos 0x08
ip rule show table 100
ip route get 192.0.2.77 iif veth1
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule del tos 0x08 dport 2000
ip route get 8.8.8.8 mark 0x100 tos 0x10
ip rule add sport 0 ipproto tcp table main suppress_prefixlength 0
ip rule
ip route show table all
