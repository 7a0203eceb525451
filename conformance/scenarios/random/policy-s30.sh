# Seeded random policy-routing scenario (seed 30), from conformance/generators/policy.ts.
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
ip route add unreachable 203.0.113.16/28 metric 10 table 100
ip route add default dev veth0 table 100
ip route add 10.1.2.0/24 dev veth1 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add throw default table 300
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 300
ip route add throw 10.1.2.3 table 300
ip route add unreachable 0.0.0.0/1 table main
ip route add 10.1.2.3 via 192.0.2.2 table main
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip rule add not from 10.0.0.0/8 ipproto udp nop
ip route del 172.16.0.0/12 table 200
ip rule del pref 50
ip rule add pref 50 oif veth2 dport 2000-2775 goto 32000
ip rule
sysctl -w net.ipv4.ip_forward=1
ip route del 10.1.2.0/24 table 200
ip rule add pref 200 uidrange 1000-2000 dport 2000 table 100 suppress_prefixlength 0
ip route get 198.51.100.1
ip rule add not tos 0x08 uidrange 1000-2000 fwmark 3/3 unreachable
ip rule del pref 300
ip rule add pref 100 ipproto udp fwmark 0x10/0xf0 prohibit
ip -d rule
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route show table all
ip route show table all
ip -d rule
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route get 127.0.0.1 iif veth1 mark 0x13 ipproto udp sport 0 dport 2001
ip rule add pref 100 dport 2000 unreachable
ip rule add tos lowdelay oif veth0 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 from 198.51.100.9 iif veth0 mark 0x13 tos 0x10
ip rule show table 100
ip route get 10.1.9.9 from 203.0.113.5 iif veth0
ip route get 172.16.1.1 from 198.51.100.9 iif veth0
ip rule add from 198.51.100.1 sport 0-1234 table main suppress_prefixlength 8
ip -j rule
ip rule add pref 50 not sport 2000-3085 nop
ip route get 198.51.100.1 from 203.0.113.1 tos 0x08
ip route get 10.1.2.3 from 10.1.2.3 uid 0 ipproto 1 sport 2500 dport 1000
ip rule add pref 200 from all fwmark 7 dport 0 lookup 200
ip rule del not from all prohibit
ip rule add pref 300 oif veth0 blackhole
ip route get 10.0.0.1 mark 0x100 fibmatch
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add pref 100 iif lo table 200
ip rule add pref 100 tos lowdelay oif veth0 oif veth2 nop
ip rule add pref 32000 ipproto udp sport 2000-3222 prohibit
ip route get 203.0.113.20 from 198.51.100.9 oif veth0 tos 0x08
ip rule add pref 300 dport 1000 nop
ip rule show table 100
ip rule add not ipproto udp table 100 suppress_prefixlength 8
ip route get 8.8.8.8 from 10.1.2.3 uid 0 ipproto udp
ip route add default via 203.0.113.2 table main
ip rule add pref 32000 from 203.0.113.0/28 lookup 200
ip route get 198.51.100.1 oif veth0 mark 7 ipproto tcp sport 2500 dport 80
ip route get 203.0.113.20 from 192.0.2.1 iif veth0 mark 0x100 uid 50 ipproto tcp sport 1500 dport 80
ip rule add dport 2000-2352 table 200 suppress_ifgroup 0
ip rule add pref 300 dport 1000 table 100
ip rule add iif veth3 uidrange 0-0 goto 200
ip route get 10.1.9.9 from 203.0.113.1 mark 0x100 ipproto udp
ip rule
ip route get 10.1.2.9 from 203.0.113.5 ipproto udp sport 2500 dport 1000
ip route del 203.0.113.16/28 table 300
ip -d rule
ip route get 10.1.2.3 oif veth2 mark 0x100 ipproto udp sport 1000 dport 80
ip rule add ipproto 1 oif veth2 ipproto udp table 100 suppress_prefixlength 16
ip route get 192.0.2.77 from 198.51.100.9
ip -j rule
ip route del 172.16.0.0/12 table 200
ip rule
ip route show table all
