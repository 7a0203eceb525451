# Seeded random policy-routing scenario (seed 72), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 table 200
ip route add 10.1.2.3 dev veth2 table 200
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route add blackhole 172.16.0.0/12 table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add 10.1.2.3 via 192.0.2.2 table main
ip route add 10.1.0.0/16 dev veth2 table main
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table main
ip route get 8.8.8.8 from 10.1.2.3 oif veth0 mark 7 ipproto 1 sport 2500 dport 80
ip rule add pref 100 oif veth2 table 300
ip rule add pref 32000 not uidrange 1000-2000 fwmark 0x10/0xf0 tos 0x10 table 100
ip route get 192.0.2.77 tos 0x10 uid 0
ip route get 198.51.100.1 from 198.51.100.1 mark 0x13
ip route get 10.1.9.9 mark 7 tos 0x08
ip -j rule
ip rule add pref 300 uidrange 0-100 dport 1000-2746 blackhole
ip route get 172.16.1.1 mark 0x13 tos 0x08 uid 0
ip route get 198.51.100.1 from 192.0.2.1
ip route get 198.51.100.1 from 10.1.2.3 iif veth1 mark 3 uid 1500
ip route get 10.0.0.1 ipproto tcp sport 1000 dport 80 fibmatch
ip rule add to 172.16.0.0/12 fwmark 0x100 goto 200
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule
ip rule add pref 200 sport 2000 table main suppress_prefixlength 16
ip route get 192.0.2.77 from 10.1.2.3 ipproto tcp sport 2500 dport 1000
ip route get 172.16.1.1 iif veth3 mark 0x13
ip route show table all
ip route add 0.0.0.0/1 dev veth2 metric 10 table 100
ip route get 172.16.1.1 from 203.0.113.5 iif veth3 tos 0x08
ip rule add pref 50 sport 2000 tos 0x10 iif veth3 lookup 200
ip rule add pref 300 not fwmark 0x100 sport 1000-2379 from 198.51.100.1 table 100
ip route get 127.0.0.1 from 198.51.100.9 iif veth1 uid 0
ip route show table 200
ip rule list pref 100
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip rule add pref 200 not to 8.8.8.8 iif veth3 oif veth2 goto 200
ip route del 10.1.2.3 table 100
ip rule del pref 300
ip -j rule
ip route get 203.0.113.20 mark 0x100 ipproto tcp sport 1000 dport 80
ip route get 203.0.113.20 tos 0x08 uid 0
ip route get 10.1.2.3 from 198.51.100.1 oif veth0 uid 1500 ipproto 1
ip rule show
ip rule add sport 0 fwmark 3/3 iif veth1 table 200 suppress_ifgroup 5
ip route get 10.1.2.9
ip route get 10.1.9.9 oif veth0 mark 0x13 uid 1500
ip rule del iif veth3 dport 1000 fwmark 0x10/0xf0
ip route get 198.51.100.1 from 203.0.113.5 iif veth0
ip rule del not uidrange 0-100 dport 2000
sysctl -w net.ipv4.ip_forward=0
ip rule del pref 200
ip rule add uidrange 0-100 nop
ip rule add fwmark 0x10/0xf0 lookup 100
ip rule del not fwmark 3/3 unreachable
sysctl -w net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.ip_forward=1
ip route get 203.0.113.20 iif veth1 uid 1500 ipproto udp
ip route get 10.0.0.1 iif veth1
ip rule del uidrange 0-100
ip rule add pref 50 fwmark 0x100 blackhole
ip route get 10.1.2.3 iif veth3 mark 3 tos 0x08 ipproto udp
ip rule add iif lo uidrange 0-100 table 200 suppress_ifgroup 0
ip route get 203.0.113.20
ip route get 203.0.113.20 uid 50
ip rule add tos 0x10 iif veth0 table 200 suppress_ifgroup 5
ip rule add pref 300 dport 2000-3665 table 100 suppress_prefixlength 16
ip rule show table 100
ip rule del tos lowdelay ipproto 1 goto 100
ip rule
ip route show table all
