# Seeded random policy-routing scenario (seed 50), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.3 metric 10 table 100
ip route add blackhole 10.1.2.0/24 table 100
ip route add 10.1.2.0/24 dev veth2 table 100
ip route add 10.1.0.0/16 dev veth0 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add blackhole 0.0.0.0/1 table 200
ip route add blackhole 10.0.0.0/8 table 300
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 table main
ip route add 10.1.2.3 dev veth0 metric 10 table main
ip route add unreachable 10.1.2.3 table main
ip rule add pref 50 iif lo sport 2000 lookup 100
ip rule del pref 50
ip rule add pref 100 oif veth2 tos 0x10 table 100 suppress_prefixlength 0
ip rule add sport 2000-3397 oif veth2 fwmark 7 table main suppress_prefixlength 8
ip rule add pref 32000 sport 1000 iif veth0 table 100
ip rule add iif veth3 tos 0x08 iif veth3 goto 100
ip route get 198.51.100.1 uid 0
ip link set veth0 up
sysctl -w net.ipv4.ip_forward=1
ip rule add uidrange 0-100 from 192.0.2.0/24 blackhole
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 192.0.2.77 mark 0x100 tos 0x10
ip route get 8.8.8.8 iif veth0
sysctl -w net.ipv4.ip_forward=0
ip rule list pref 100
ip route get 10.1.9.9
ip rule add pref 50 iif lo unreachable
ip route get 10.1.2.9 from 10.1.2.3 mark 0x13 uid 1500 ipproto tcp sport 0 dport 2001
ip rule list pref 100
ip route get 10.0.0.1
ip route get 172.16.1.1 from 10.1.2.3 iif veth3
ip rule add pref 200 to 10.1.2.0/24 from 198.51.100.1 lookup 200
ip -d rule
ip route get 172.16.1.1 from 198.51.100.9
ip route get 10.1.2.3 oif veth2 ipproto udp
ip route get 192.0.2.77 uid 0
ip route get 203.0.113.20 mark 0x13 tos 0x10 uid 50 ipproto 1 fibmatch
ip rule del to 10.0.0.0/8 dport 2000-2185
ip route get 10.1.9.9 from 198.51.100.1 oif veth0 ipproto 1 sport 1000 dport 80
ip route add 10.1.2.0/24 dev veth2 table 300
ip rule
ip -j rule
ip rule list pref 100
ip route get 10.1.2.3 ipproto udp sport 1000 dport 2001
ip rule add dport 0-1511 uidrange 1000-2000 prohibit
ip route show table all
ip -j rule
ip -d rule
ip rule add sport 0 nop
ip rule add pref 32000 not iif veth0 to 10.0.0.0/8 prohibit
ip route get 10.0.0.1 from 203.0.113.1 ipproto tcp sport 0 dport 2001
ip rule del pref 200
ip route get 192.0.2.77
ip route add throw 0.0.0.0/1 table 300
ip rule add pref 32000 uidrange 0-0 table 200
ip route show table 200
ip rule add pref 100 tos 0x08 unreachable
ip route get 198.51.100.1 mark 3 tos 0x08 uid 50 ipproto 1 sport 1000 dport 80 fibmatch
ip route get 127.0.0.1 ipproto 1
ip rule show
ip rule list pref 100
ip rule add oif veth2 to 172.16.0.0/12 prohibit
ip rule add pref 200 uidrange 1000-2000 to 8.8.8.8 dport 1000-1858 lookup main
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip rule add oif veth0 fwmark 3/3 to 8.8.8.8 unreachable
ip rule add from 192.0.2.0/24 uidrange 0-0 oif veth0 unreachable
ip route show table all
ip rule add ipproto 1 dport 0 blackhole
ip route get 10.0.0.1 from 198.51.100.1 iif veth1 mark 0x13
ip rule
ip route show table all
