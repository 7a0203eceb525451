# Seeded random policy-routing scenario (seed 28), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 100
ip route add 10.1.2.0/24 dev veth1 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 200
ip route add default dev veth0 table 200
ip route add blackhole 203.0.113.16/28 table 200
ip route add prohibit 0.0.0.0/1 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 300
ip route add blackhole 10.0.0.0/8 table 300
ip route add default via 203.0.113.2 table main
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route add prohibit 172.16.0.0/12 table main
ip route get 10.1.2.9 uid 50
ip rule add ipproto udp from 203.0.113.0/28 nop
ip route get 192.0.2.77 uid 0
ip route get 172.16.1.1 tos 0x10
ip route del 10.1.2.3 table 300
ip rule add pref 50 iif veth3 dport 2000-2983 table main suppress_prefixlength 0
ip rule show table 100
ip route get 8.8.8.8 from 203.0.113.5 mark 7 ipproto 1
ip route get 10.1.2.3 from 203.0.113.5 tos 0x08
ip rule del to 10.1.2.0/24 dport 0-971 goto 300
ip rule add dport 1000-2518 table 200
ip route add blackhole 10.1.2.0/24 table main
ip route add prohibit default metric 10 table 300
ip route get 8.8.8.8 iif veth0
ip rule add pref 200 from 203.0.113.0/28 prohibit
ip rule add uidrange 0-100 table 200 suppress_ifgroup 5
ip rule add tos 0x10 ipproto udp fwmark 0x100 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule list pref 100
ip -d rule
ip route get 127.0.0.1 from 198.51.100.1
ip rule add oif veth2 to 10.0.0.0/8 goto 300
ip route get 127.0.0.1 from 10.1.2.3 iif veth1 tos 0x08
ip route add prohibit 203.0.113.16/28 table main
ip route get 172.16.1.1 from 10.1.2.3 mark 3
ip -j rule
ip rule list pref 100
ip route get 192.0.2.77 oif veth0 mark 7 fibmatch
ip route get 10.0.0.1 ipproto 1 sport 0 dport 1000
ip rule add pref 100 oif veth0 blackhole
ip route get 127.0.0.1 from 192.0.2.1 mark 0x13
ip route get 10.0.0.1 from 203.0.113.1
ip route get 198.51.100.1 from 203.0.113.1
ip rule list pref 100
ip route get 10.1.2.3 from 10.1.2.3
ip route show table all
ip rule add pref 50 ipproto tcp prohibit
ip route get 192.0.2.77 from 203.0.113.5 ipproto tcp
ip route get 127.0.0.1 mark 7
ip route add prohibit default table 200
ip route show table all
sysctl -w net.ipv4.ip_forward=1
ip route get 203.0.113.20 mark 0x13
ip rule add pref 300 sport 0-262 from 198.51.100.1 blackhole
ip route add 172.16.0.0/12 via 192.0.2.2 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip rule add pref 200 from all lookup 100
ip -d rule
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add pref 100 ipproto 1 sport 0-32 table main suppress_prefixlength 16
ip rule add pref 50 not dport 2000-3039 tos lowdelay from 10.0.0.0/8 unreachable
ip route get 10.1.2.3 from 203.0.113.1 oif veth0
ip rule add pref 200 oif veth2 oif veth2 table 200
ip route get 10.1.2.3 iif veth3 tos 0x08 ipproto udp
ip route get 192.0.2.77 from 203.0.113.1
ip rule add to 8.8.8.8 dport 1000-1364 goto 50
ip route get 198.51.100.1 iif veth0 ipproto udp
ip link set veth0 up
ip route add default via 192.0.2.2 table 100
ip route get 10.1.9.9 from 203.0.113.1 mark 0x100
ip rule
ip route show table all
