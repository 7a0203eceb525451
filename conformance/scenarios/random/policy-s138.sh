# Seeded random policy-routing scenario (seed 138), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.3 table 100
ip route add prohibit default table 100
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 200
ip route add default via 198.51.100.2 metric 10 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add 0.0.0.0/1 dev veth1 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add 10.1.2.3 dev veth1 table 300
ip route add prohibit 0.0.0.0/1 table main
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip route add throw 10.1.2.0/24 table main
ip route add blackhole 10.1.2.3 table 100
sysctl -w net.ipv4.ip_forward=1
ip route add 0.0.0.0/1 via 203.0.113.2 table main
ip route get 10.1.2.9
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip route get 10.1.2.3 from 203.0.113.1 tos 0x10 uid 0 ipproto 1
ip route get 203.0.113.20 from 203.0.113.5 uid 50
ip route add default via 198.51.100.2 table 100
ip rule add pref 32000 fwmark 0x100 sport 2000 oif veth0 table 300
ip rule add uidrange 0-100 ipproto tcp tos lowdelay table 200
ip rule add pref 300 tos 0x08 from 203.0.113.0/28 oif veth0 goto 32000
ip rule del not oif veth2 uidrange 0-100 oif veth2
ip link set veth2 up
ip -j rule
ip rule del ipproto 1 goto 300
ip route get 10.1.2.3 from 198.51.100.9 oif veth2 ipproto udp
ip rule add from all uidrange 0-0 lookup 200
ip rule add pref 50 from 192.0.2.0/24 nop
ip rule list pref 100
ip rule show table 100
ip route get 203.0.113.20 ipproto 1 sport 1000 dport 1000
ip rule add pref 200 not from 192.0.2.0/24 oif veth2 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.ip_forward=0
ip route show table 200
ip route get 10.1.2.3 from 10.1.2.3 mark 0x13 tos 0x10 fibmatch
ip rule add pref 32000 dport 2000-2803 from 192.0.2.0/24 table 100 suppress_prefixlength 8
ip rule add to 172.16.0.0/12 from 198.51.100.1 lookup 100
ip rule add pref 300 to 8.8.8.8 to 10.1.2.0/24 uidrange 0-0 table 200
ip route add blackhole 10.1.2.3 table 200
ip rule add pref 100 tos 0x10 sport 0-1996 ipproto 1 goto 32000
ip route add unreachable default table main
ip rule show
ip rule add pref 50 to 10.0.0.0/8 to 8.8.8.8 table main suppress_prefixlength 16
sysctl -w net.ipv4.ip_forward=1
ip route show table all
ip route add throw 203.0.113.16/28 metric 10 table 300
ip rule show
ip route show table 200
ip -j rule
ip rule del pref 300
ip route show table all
ip rule list pref 100
ip route get 172.16.1.1
ip route show table 200
ip rule add pref 50 tos lowdelay from 10.0.0.0/8 blackhole
ip route get 10.1.2.3 from 10.1.2.3 iif veth3
ip rule add pref 50 uidrange 1000-2000 from 192.0.2.0/24 tos 0x08 lookup 100
ip route get 198.51.100.1 mark 3 ipproto 1 sport 1500 dport 1000 fibmatch
ip rule add uidrange 1000-2000 to 10.0.0.0/8 unreachable
ip route get 8.8.8.8 mark 3 tos 0x08 uid 50 ipproto udp sport 0 dport 1000
ip rule add to 8.8.8.8 dport 1000-1614 uidrange 0-0 table main suppress_prefixlength 0
ip route get 203.0.113.20 from 192.0.2.1
ip rule add tos lowdelay sport 0 table 100
ip route get 10.1.2.3 uid 50
ip route get 10.1.2.3 from 10.1.2.3
ip route get 10.1.9.9 from 203.0.113.1 mark 7 tos 0x10
ip route get 192.0.2.77 mark 7
ip route get 10.1.2.9 from 203.0.113.5 iif veth0 ipproto 1 sport 2500 dport 80 fibmatch
ip route add blackhole 0.0.0.0/1 metric 10 table 200
ip route get 172.16.1.1 oif veth2
ip rule
ip route show table all
