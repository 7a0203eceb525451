# Seeded random policy-routing scenario (seed 100), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth2 metric 10 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add 172.16.0.0/12 dev veth2 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add 10.1.2.3 dev veth0 table 300
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route add throw 172.16.0.0/12 table 300
ip route add throw 10.0.0.0/8 metric 10 table main
ip route add 203.0.113.16/28 via 198.51.100.2 table main
ip route add default dev veth1 table main
sysctl -w net.ipv4.ip_forward=1
ip rule add to 10.0.0.0/8 table main suppress_prefixlength 16
ip -d rule
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip route get 10.1.2.9 mark 7 tos 0x08
ip route get 10.1.2.9 from 203.0.113.1 oif veth2 uid 1500
ip route get 203.0.113.20 from 203.0.113.5 iif veth1 uid 1500 ipproto tcp
ip route get 198.51.100.1 from 192.0.2.1
ip rule
ip route get 10.0.0.1 iif veth0
ip rule add pref 300 not fwmark 3/3 iif lo lookup main
ip rule del sport 2000 from all
ip -j rule
ip rule add pref 50 to 10.1.2.0/24 dport 2000-3328 prohibit
ip rule list pref 100
ip route get 10.0.0.1 tos 0x10
ip route get 198.51.100.1 from 10.1.2.3 oif veth0 ipproto tcp sport 2500 dport 80
ip route del 203.0.113.16/28 table 300
ip route get 192.0.2.77 from 198.51.100.9 ipproto 1 sport 0 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.9.9 from 10.1.2.3 ipproto 1 sport 0 dport 2001
ip route get 10.1.2.9 iif veth3
ip route add 10.0.0.0/8 dev veth1 table main
ip rule add pref 200 ipproto tcp table 200
ip route add 0.0.0.0/1 via 192.0.2.3 table 100
ip rule add not uidrange 0-0 oif veth0 uidrange 0-100 unreachable
ip route del 0.0.0.0/1 table main
ip rule add pref 300 uidrange 0-100 to 10.0.0.0/8 goto 300
ip route get 10.0.0.1 iif veth3 uid 0
ip -d rule
ip rule add oif veth0 from 192.0.2.0/24 table 100 suppress_prefixlength 16
ip -d rule
ip rule list pref 100
ip route get 192.0.2.77 from 198.51.100.9 tos 0x10
ip rule add from all table 200
ip rule del pref 32000
ip route show table all
ip route show table 200
ip route get 203.0.113.20 iif veth1 tos 0x10
ip route get 172.16.1.1
ip route get 198.51.100.1 oif veth0 ipproto 1 sport 0 dport 1000
ip -j rule
ip rule add pref 200 sport 0-1136 prohibit
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 200
ip route get 172.16.1.1 from 192.0.2.1
ip route get 10.1.9.9 iif veth0
ip rule add oif veth0 sport 0 ipproto udp table 200
ip rule del fwmark 0x100 blackhole
ip route get 10.1.2.9 iif veth1 uid 1500
ip route get 198.51.100.1 from 192.0.2.1 oif veth0
ip route get 192.0.2.77 oif veth2 uid 0 fibmatch
ip rule add pref 300 from all tos lowdelay table 200 suppress_ifgroup 0
ip rule show table 100
ip route get 8.8.8.8 from 198.51.100.1 iif veth0 mark 0x100
ip route del 203.0.113.16/28 table main
ip route get 8.8.8.8 oif veth0
ip route get 10.1.2.3 from 198.51.100.1 mark 0x13 uid 1500
ip rule add pref 200 fwmark 3/3 unreachable
ip rule list pref 100
ip route get 203.0.113.20 from 192.0.2.1 mark 0x13
ip rule
ip route show table all
