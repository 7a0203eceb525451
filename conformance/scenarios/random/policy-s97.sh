# Seeded random policy-routing scenario (seed 97), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip route add throw 10.1.2.0/24 table 200
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add blackhole 203.0.113.16/28 table 300
ip route add blackhole 10.1.2.3 table 300
ip route add unreachable 10.1.0.0/16 table 300
ip route add unreachable 10.0.0.0/8 table main
ip route add unreachable 10.1.0.0/16 table main
ip route add prohibit 10.1.2.3 table main
ip rule show table 100
ip rule add pref 200 tos lowdelay uidrange 0-0 oif veth2 table 200 suppress_ifgroup 0
ip rule del dport 1000-2279
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.9.9 ipproto tcp sport 1000 dport 1000
ip route get 172.16.1.1 from 192.0.2.1 iif veth0
ip route get 10.1.2.9 from 192.0.2.1 oif veth2 mark 3
ip route add unreachable 10.1.0.0/16 table main
ip route get 198.51.100.1 oif veth0
ip rule del tos lowdelay from 192.0.2.0/24 from 10.0.0.0/8 prohibit
ip rule add tos 0x10 prohibit
ip rule add pref 32000 not oif veth2 unreachable
ip route show table all
ip rule
ip rule show table 100
ip rule list pref 100
ip route get 127.0.0.1 from 198.51.100.1
ip rule del dport 0 ipproto udp
ip rule del pref 32000
ip -d rule
ip rule add pref 50 from 203.0.113.0/28 oif veth2 dport 1000-2816 unreachable
ip rule del from 203.0.113.0/28
ip route get 10.1.2.9 mark 7
ip rule add tos lowdelay uidrange 1000-2000 table 300
ip route del 172.16.0.0/12 table 200
ip route show table 200
ip rule del fwmark 0x10/0xf0 from 203.0.113.0/28 from all
ip rule add ipproto 1 oif veth2 lookup 200
ip rule add pref 50 tos 0x08 lookup 100
ip rule del pref 200
ip rule del uidrange 0-0 to 10.1.2.0/24
ip route get 172.16.1.1 iif veth1
sysctl -w net.ipv4.ip_forward=1
ip route add 10.0.0.0/8 via 198.51.100.2 table 200
ip route add throw 172.16.0.0/12 table main
sysctl -w net.ipv4.ip_forward=0
ip route get 192.0.2.77 iif veth1 ipproto 1 sport 0 dport 1000
ip route del 10.1.2.0/24 table 100
ip route show table 200
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule add iif veth3 prohibit
ip rule add pref 100 tos 0x10 table 200 suppress_ifgroup 5
ip route get 192.0.2.77 oif veth0 mark 7
ip rule del oif veth0
sysctl -w net.ipv4.ip_forward=1
ip rule
ip route del 0.0.0.0/1 table 100
ip rule add pref 100 sport 2000 table main suppress_prefixlength 16
ip rule add pref 50 dport 0 ipproto udp blackhole
ip rule add from 203.0.113.0/28 uidrange 1000-2000 prohibit
ip -j rule
ip rule del pref 100
ip route get 203.0.113.20 from 203.0.113.5 iif veth1 mark 0x13 ipproto tcp sport 1000 dport 80 fibmatch
ip route get 10.1.9.9 iif veth1
ip route get 172.16.1.1 tos 0x10 uid 0
ip rule
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip rule list pref 100
ip -j rule
ip route get 203.0.113.20 mark 0x100 uid 50
ip rule
ip route show table all
