# Seeded random policy-routing scenario (seed 34), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip route add unreachable 10.0.0.0/8 table 100
ip route add blackhole 10.1.0.0/16 table 100
ip route add 0.0.0.0/1 dev veth0 metric 10 table 200
ip route add default via 192.0.2.3 table 200
ip route add prohibit default metric 10 table 200
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 table 300
ip route add blackhole 172.16.0.0/12 table main
ip route add blackhole 10.1.0.0/16 metric 10 table main
ip route add blackhole 10.1.0.0/16 table main
ip rule add pref 50 fwmark 3/3 unreachable
ip rule add ipproto 1 oif veth2 nop
ip route get 172.16.1.1 from 203.0.113.5 mark 0x100
ip -d rule
ip route add 10.1.2.0/24 dev veth1 table 100
ip route show table all
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 300
ip rule show
ip route add throw 10.1.0.0/16 metric 10 table 100
ip route get 8.8.8.8 from 192.0.2.1 iif veth3 mark 7
ip rule add uidrange 1000-2000 table 200 suppress_ifgroup 0
ip rule show table 100
ip route get 203.0.113.20
ip route get 127.0.0.1 tos 0x08 fibmatch
ip -d rule
ip rule add pref 100 to 10.1.2.0/24 prohibit
ip rule add pref 200 not from 203.0.113.0/28 ipproto 1 sport 1000-1978 table 200
ip rule add sport 0-1686 tos lowdelay nop
ip route add unreachable 10.1.0.0/16 table 200
ip route get 8.8.8.8 tos 0x10
ip -j rule
ip rule show table 100
ip rule del pref 200
ip rule add ipproto tcp ipproto tcp nop
ip rule add tos 0x08 from all to 10.1.2.0/24 nop
ip route get 192.0.2.77 from 203.0.113.5 iif veth3
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 mark 7 uid 0
ip route get 10.1.2.3 from 203.0.113.5 ipproto 1
ip rule del tos 0x10
ip route get 127.0.0.1 from 203.0.113.5 iif veth0 mark 0x13 ipproto 1
ip route get 172.16.1.1 oif veth0 ipproto tcp sport 2500 dport 2001
ip rule del not from 198.51.100.1 fwmark 0x10/0xf0 ipproto udp
ip rule show
ip route del 10.1.2.0/24 table main
ip rule add ipproto udp blackhole
ip route get 8.8.8.8 iif veth3
ip rule add dport 2000-2270 sport 0-165 lookup 200
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 10.1.2.3
ip route add 172.16.0.0/12 dev veth1 metric 10 table 300
ip rule add pref 100 iif veth0 unreachable
ip rule add pref 200 iif veth0 blackhole
ip route get 203.0.113.20 mark 3
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip rule del to 8.8.8.8
ip route get 192.0.2.77 iif veth0 tos 0x08
ip rule add pref 300 fwmark 7 ipproto 1 nop
ip route get 8.8.8.8 from 203.0.113.1 tos 0x10
ip rule add sport 0 from all table 300
ip -d rule
ip rule show table 100
ip rule add dport 2000 lookup main
ip rule add pref 50 uidrange 1000-2000 goto 100
ip -j rule
ip route get 10.1.2.3 mark 0x13 tos 0x08 uid 1500
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip rule
ip rule add pref 32000 not fwmark 3/3 blackhole
ip rule add pref 50 uidrange 1000-2000 oif veth2 table main suppress_prefixlength 16
ip route add unreachable 10.0.0.0/8 table 300
ip rule
ip route show table all
