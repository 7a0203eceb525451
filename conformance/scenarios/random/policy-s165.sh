# Seeded random policy-routing scenario (seed 165), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth1 metric 10 table 100
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 100
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 300
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip route add 172.16.0.0/12 dev veth0 table main
ip route add default dev veth2 table main
ip route get 10.0.0.1
ip rule
ip rule add fwmark 0x10/0xf0 blackhole
ip route add prohibit default table main
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 from 192.0.2.1 uid 0 ipproto tcp sport 2500 dport 1000
ip rule
ip rule add pref 50 uidrange 1000-2000 to 172.16.0.0/12 table 100 suppress_prefixlength 0
ip route get 10.1.9.9 from 192.0.2.1 iif veth0 mark 0x13
ip route get 10.1.2.9 iif veth1 mark 0x13 uid 1500
ip route get 198.51.100.1 from 10.1.2.3 iif veth1 uid 1500
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route get 192.0.2.77 ipproto tcp sport 1000 dport 1000
ip route get 192.0.2.77 iif veth3 tos 0x08 uid 0
ip route get 172.16.1.1 oif veth0 ipproto tcp sport 1500 dport 2001
ip rule add not fwmark 7 nop
ip route get 10.1.9.9 tos 0x08
ip rule del pref 50
ip rule add pref 300 oif veth2 tos lowdelay from 10.0.0.0/8 lookup main
ip -d rule
ip route get 172.16.1.1 from 10.1.2.3 ipproto udp
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route add unreachable 10.0.0.0/8 table 100
ip route get 172.16.1.1 uid 1500 ipproto udp sport 1000 dport 2001
ip route get 10.0.0.1 from 10.1.2.3 mark 0x100 tos 0x08 ipproto udp
ip rule del pref 300
ip route del 203.0.113.16/28 table 100
ip route show table all
ip route get 203.0.113.20 from 198.51.100.1 iif veth0 ipproto udp sport 1000 dport 2001
ip rule add pref 300 to 10.0.0.0/8 sport 2000 uidrange 0-0 table main suppress_prefixlength 16
ip -j rule
ip rule add not tos 0x10 from all table 200 suppress_ifgroup 0
ip -d rule
ip route add throw 10.1.0.0/16 metric 10 table 200
ip route show table 200
ip route del 0.0.0.0/1 table main
ip route get 10.0.0.1 from 10.1.2.3 iif veth1
ip route get 10.1.2.9 mark 7
ip rule del pref 200
ip route get 10.1.9.9 oif veth0 tos 0x10 uid 0
ip route del 203.0.113.16/28 table 100
ip rule add iif lo oif veth0 tos 0x10 table 100 suppress_prefixlength 8
ip -j rule
ip rule add pref 100 not oif veth2 to 10.0.0.0/8 lookup main
sysctl -w net.ipv4.ip_forward=0
ip rule del pref 32000
ip rule add ipproto 1 table 100 suppress_prefixlength 16
ip rule show table 100
ip rule add fwmark 7 table 200 suppress_ifgroup 5
ip rule
ip route get 203.0.113.20 from 192.0.2.1 iif veth3
ip route get 10.0.0.1 oif veth0 fibmatch
ip route del 203.0.113.16/28 table 300
ip rule add pref 100 not from 203.0.113.0/28 tos 0x08 oif veth2 table 200 suppress_ifgroup 0
ip route get 8.8.8.8 tos 0x10
ip route add 172.16.0.0/12 dev veth1 table main
ip rule add dport 0-136 lookup 100
ip route get 8.8.8.8 tos 0x08 fibmatch
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 200
ip -d rule
ip rule
ip route show table all
