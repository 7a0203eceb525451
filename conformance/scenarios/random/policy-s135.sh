# Seeded random policy-routing scenario (seed 135), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip route add throw 10.1.2.3 table 100
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 200
ip route add prohibit default table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add unreachable 10.1.2.0/24 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip route add prohibit 172.16.0.0/12 table main
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table main
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route get 172.16.1.1 from 203.0.113.1
ip rule del pref 300
ip rule add pref 300 ipproto udp from 192.0.2.0/24 nop
ip rule add pref 100 to 8.8.8.8 blackhole
ip rule add pref 200 not sport 2000 to 172.16.0.0/12 table 100 suppress_prefixlength 8
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 iif veth3
ip -d rule
ip rule add sport 1000-2131 lookup 200
ip route get 10.1.9.9 iif veth0 tos 0x08 uid 1500
ip route get 10.0.0.1 from 10.1.2.3 iif veth0 mark 7
ip rule add pref 200 from 10.0.0.0/8 iif veth0 prohibit
ip route get 192.0.2.77 mark 3
ip route get 198.51.100.1 from 10.1.2.3 iif veth3 mark 0x13
ip -j rule
ip route add throw 203.0.113.16/28 metric 10 table 100
ip route get 10.1.2.9 ipproto tcp sport 2500 dport 2001
ip route get 192.0.2.77 from 198.51.100.1 tos 0x08 uid 50
ip rule add oif veth2 sport 2000-3003 goto 300
ip route get 203.0.113.20 iif veth0
ip route get 203.0.113.20 oif veth2 tos 0x10
ip rule add fwmark 3/3 iif veth0 table 200 suppress_ifgroup 0
ip route get 10.1.2.3 from 203.0.113.1 ipproto tcp sport 1000 dport 2001
ip rule add pref 100 sport 0 iif veth1 blackhole
ip route get 192.0.2.77 from 203.0.113.1 uid 50
ip rule del pref 300
sysctl -w net.ipv4.ip_forward=1
ip rule del sport 2000-2249 nop
ip route get 10.1.2.9 mark 7 ipproto 1 sport 2500 dport 1000
ip rule add pref 32000 to 10.1.2.0/24 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 oif veth2 mark 0x13 uid 1500
ip route get 198.51.100.1 from 198.51.100.1
ip route get 10.1.2.3 oif veth2 mark 7
ip route get 8.8.8.8 from 198.51.100.1 mark 7 tos 0x10 ipproto 1 sport 1000 dport 1000
ip route get 192.0.2.77 from 192.0.2.1 iif veth1 mark 0x13 ipproto udp sport 1000 dport 2001 fibmatch
ip route show table all
ip route show table all
ip route get 172.16.1.1
ip rule del not tos 0x10
ip rule add tos 0x10 tos 0x10 table 200 suppress_ifgroup 5
ip route add 10.1.2.3 via 198.51.100.2 table 100
ip rule add pref 32000 ipproto udp to 172.16.0.0/12 oif veth0 blackhole
ip rule del to 10.1.2.0/24
ip rule del pref 100
ip route get 8.8.8.8 from 203.0.113.1 oif veth2 mark 0x13 uid 0
ip rule add pref 100 to 172.16.0.0/12 tos 0x10 unreachable
ip route get 10.0.0.1 oif veth0 mark 7
ip route show table 200
ip route add prohibit 0.0.0.0/1 table 100
ip route get 10.1.9.9 from 192.0.2.1 oif veth0 tos 0x08 uid 50
ip route show table 200
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip route get 203.0.113.20 iif veth3
ip rule show table 100
ip route show table 200
sysctl -w net.ipv4.ip_forward=1
ip rule del pref 200
ip route get 127.0.0.1 oif veth0 mark 7 uid 1500
ip rule list pref 100
ip rule del pref 50
ip rule
ip route show table all
