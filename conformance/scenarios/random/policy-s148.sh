# Seeded random policy-routing scenario (seed 148), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth1 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 table 100
ip route add 10.1.2.3 via 192.0.2.2 table 100
ip route add 10.1.2.0/24 dev veth0 table 200
ip route add default via 203.0.113.2 table 200
ip route add prohibit 10.1.2.0/24 table 200
ip route add prohibit 10.0.0.0/8 table 300
ip route add 10.1.0.0/16 dev veth2 metric 10 table 300
ip route add throw 172.16.0.0/12 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 table main
ip route add unreachable 10.1.0.0/16 table main
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table main
ip rule add pref 32000 from all oif veth0 lookup 200
ip route add default dev veth2 table 100
ip route get 10.1.2.9 iif veth1
ip route get 127.0.0.1
ip rule del pref 32000
ip route get 203.0.113.20 from 203.0.113.5 tos 0x10 ipproto udp sport 1000 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip route add blackhole default table main
ip rule add pref 50 from 203.0.113.0/28 sport 0-582 sport 1000 lookup 200
ip route get 8.8.8.8 tos 0x10 uid 1500
ip rule add ipproto 1 sport 2000-3080 dport 2000-2570 prohibit
ip route del 10.1.2.3 table 100
ip rule add pref 200 fwmark 0x100 table 200 suppress_ifgroup 0
ip rule add pref 50 uidrange 0-100 fwmark 0x10/0xf0 uidrange 1000-2000 nop
ip rule add pref 50 oif veth0 from 203.0.113.0/28 table main suppress_prefixlength 16
ip rule add pref 50 not sport 0 unreachable
ip route get 203.0.113.20 from 198.51.100.1 tos 0x10 uid 0 fibmatch
ip route get 10.1.2.9 from 192.0.2.1 ipproto 1 sport 2500 dport 2001
ip route get 192.0.2.77 mark 7
ip -j rule
ip route del 10.0.0.0/8 table 300
ip route del 10.1.2.3 table 100
ip rule add ipproto tcp blackhole
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 200 iif veth1 goto 100
ip rule add fwmark 7 lookup main
ip route get 10.1.2.3 from 198.51.100.1
ip rule add dport 2000 fwmark 7 oif veth0 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 oif veth0
ip route get 203.0.113.20 from 198.51.100.1 iif veth3 mark 7 tos 0x08 ipproto 1 fibmatch
sysctl -w net.ipv4.ip_forward=1
ip route show table 200
ip rule del to 10.1.2.0/24 goto 32000
sysctl -w net.ipv4.ip_forward=1
ip route get 127.0.0.1 from 192.0.2.1 mark 3
ip route get 8.8.8.8 fibmatch
ip route get 10.1.2.9 from 203.0.113.5 tos 0x08
ip rule add not sport 1000-1686 fwmark 7 prohibit
ip rule del pref 32000
ip route get 198.51.100.1 from 198.51.100.1 oif veth0
ip route get 192.0.2.77 iif veth1
ip route get 8.8.8.8 from 10.1.2.3 ipproto udp sport 1000 dport 2001
ip rule list pref 100
ip route get 10.1.2.3 oif veth2 tos 0x08
ip route get 192.0.2.77 from 10.1.2.3 iif veth0 mark 3
ip -j rule
ip rule show
ip route get 192.0.2.77 from 203.0.113.1 iif veth0 ipproto tcp sport 2500 dport 1000
ip rule add pref 50 dport 0-1976 ipproto 1 nop
ip rule add ipproto tcp from all table 200 suppress_ifgroup 5
ip rule del pref 32000
ip route add unreachable default metric 10 table main
ip route add 10.1.2.0/24 dev veth1 table 100
ip route get 10.1.2.3 ipproto tcp sport 2500 dport 80 fibmatch
ip -d rule
ip -d rule
ip rule add pref 200 ipproto tcp fwmark 3/3 prohibit
ip rule add pref 200 ipproto udp ipproto 1 table main suppress_prefixlength 8
ip route get 10.0.0.1 from 198.51.100.1 uid 50 ipproto tcp sport 2500 dport 1000 fibmatch
ip rule add pref 32000 dport 1000 uidrange 1000-2000 table main suppress_prefixlength 16
ip rule
ip route show table all
