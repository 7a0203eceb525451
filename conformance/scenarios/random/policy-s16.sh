# Seeded random policy-routing scenario (seed 16), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.0.0/16 table 100
ip route add default via 192.0.2.3 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 100
ip route add blackhole 10.1.2.0/24 table 200
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add throw 10.1.2.0/24 metric 10 table 200
ip route add unreachable 10.1.2.3 metric 10 table 300
ip route add 0.0.0.0/1 dev veth0 table 300
ip route add 10.1.2.3 dev veth1 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip route add 0.0.0.0/1 via 198.51.100.2 table main
ip route add prohibit 172.16.0.0/12 table main
ip rule
ip route get 10.0.0.1 mark 0x100 tos 0x08 ipproto udp
sysctl -w net.ipv4.ip_forward=0
ip route del 203.0.113.16/28 table 100
ip route del 203.0.113.16/28 table 200
ip route get 10.1.2.3
ip route add throw 10.1.2.0/24 table main
ip rule add to 10.1.2.0/24 tos lowdelay nop
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 uid 1500
ip route get 203.0.113.20 from 203.0.113.5
ip rule add pref 50 to 8.8.8.8 prohibit
ip -d rule
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip rule del iif veth0 goto 32000
ip route show table all
ip route show table all
ip route get 127.0.0.1 mark 0x13 ipproto udp sport 1000 dport 2001 fibmatch
ip rule add pref 200 ipproto udp unreachable
ip -j rule
ip rule show
ip route get 172.16.1.1 tos 0x10 ipproto 1 sport 1000 dport 1000 fibmatch
ip rule del to 8.8.8.8 oif veth2 table 100 suppress_prefixlength 8
ip rule add uidrange 0-0 iif veth0 lookup 100
ip route add 10.1.2.3 dev veth0 metric 10 table 100
ip rule add pref 50 to 10.0.0.0/8 fwmark 7 unreachable
ip route get 172.16.1.1 mark 0x13 uid 50
ip route get 10.1.2.9 iif veth1 tos 0x10 uid 50
ip route get 192.0.2.77 uid 50 ipproto 1 sport 1000 dport 2001
ip rule list pref 100
ip rule add pref 300 ipproto udp fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip route add unreachable 0.0.0.0/1 table main
ip rule add from 192.0.2.0/24 iif veth0 sport 1000-1548 goto 100
ip route get 10.1.2.3
ip rule add pref 100 tos lowdelay table main suppress_prefixlength 8
ip rule show
ip rule add uidrange 0-0 tos 0x08 table 100 suppress_prefixlength 8
ip route get 10.1.2.9 mark 3 uid 1500 ipproto udp
ip -j rule
ip rule
ip route get 127.0.0.1 from 203.0.113.5 iif veth3
ip rule del ipproto 1 to 10.1.2.0/24
ip rule add from all from 192.0.2.0/24 nop
ip route get 10.0.0.1 from 198.51.100.1 uid 0
ip route get 172.16.1.1
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route del 10.1.0.0/16 table 300
ip route get 8.8.8.8 from 203.0.113.1 iif veth0 ipproto 1 sport 1500 dport 1000
ip route get 192.0.2.77 from 10.1.2.3 iif veth1 mark 0x13 ipproto 1
ip rule list pref 100
ip route get 198.51.100.1 ipproto tcp
ip rule del pref 32000
ip rule show
ip rule add pref 200 dport 0-1032 dport 1000-2141 fwmark 0x100 prohibit
sysctl -w net.ipv4.ip_forward=0
ip route add prohibit 10.1.2.3 metric 10 table 300
ip rule add from 198.51.100.1 fwmark 3/3 from 203.0.113.0/28 lookup main
ip rule add pref 32000 dport 1000-1034 prohibit
ip -j rule
ip rule add to 10.0.0.0/8 nop
ip route get 10.1.2.9 uid 50
ip rule
ip route show table all
