# Seeded random policy-routing scenario (seed 116), from conformance/generators/policy.ts.
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
ip route add 10.0.0.0/8 via 198.51.100.2 table 100
ip route add 10.1.2.3 dev veth1 metric 10 table 100
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.1.2.3 dev veth0 table 200
ip route add throw default metric 10 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add throw 0.0.0.0/1 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add unreachable 10.1.2.3 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table main
ip route add throw 203.0.113.16/28 metric 10 table main
ip route add 10.0.0.0/8 dev veth0 table main
ip -j rule
ip rule add from 192.0.2.0/24 from 203.0.113.0/28 blackhole
ip route get 10.0.0.1 iif veth1 ipproto tcp sport 2500 dport 80
ip rule add pref 50 dport 1000-1350 sport 0 goto 50
ip rule
ip route get 10.0.0.1 iif veth1
ip route get 127.0.0.1
ip route get 10.1.2.9 from 203.0.113.5 mark 0x13 ipproto tcp sport 1500 dport 80
ip rule add uidrange 0-100 goto 32000
ip route get 10.1.9.9 mark 3
ip route get 10.1.2.9 tos 0x10 fibmatch
ip route del 172.16.0.0/12 table 300
ip rule show
ip rule add oif veth0 from 203.0.113.0/28 table 100
ip rule add tos lowdelay tos 0x08 dport 2000 lookup 100
ip route get 192.0.2.77 iif veth3 mark 7 uid 50
ip rule add pref 200 ipproto 1 tos 0x08 tos 0x08 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 from 10.1.2.3 oif veth2
ip rule add pref 300 dport 0 fwmark 0x10/0xf0 nop
ip -d rule
ip rule add sport 0-721 table 200 suppress_ifgroup 5
ip route get 10.1.2.3 from 198.51.100.1
ip route show table all
ip rule add to 8.8.8.8 oif veth2 table main suppress_prefixlength 8
ip -j rule
ip rule add pref 200 tos 0x10 uidrange 1000-2000 lookup main
ip rule add pref 32000 not sport 0-1967 iif veth0 unreachable
ip route get 203.0.113.20 mark 0x13 ipproto udp sport 1000 dport 2001
ip rule add not ipproto tcp iif lo goto 100
ip rule add uidrange 0-0 from 203.0.113.0/28 iif veth1 prohibit
ip route get 10.1.2.9 from 192.0.2.1
ip route get 10.1.2.9 uid 1500 ipproto 1 sport 0 dport 80 fibmatch
ip route get 10.0.0.1 mark 7
sysctl -w net.ipv4.ip_forward=0
ip route del 203.0.113.16/28 table main
ip rule list pref 100
ip rule show
ip route del default table 300
ip route get 8.8.8.8 from 203.0.113.5 mark 3
ip route add 10.1.2.3 dev veth2 metric 10 table 300
ip rule add pref 100 to 172.16.0.0/12 nop
ip rule add sport 1000-2410 uidrange 0-100 tos lowdelay nop
ip rule add pref 32000 iif veth3 lookup main
ip rule add pref 300 iif lo lookup 200
ip route get 192.0.2.77 from 203.0.113.5 iif veth3
ip route get 8.8.8.8 oif veth2 mark 0x100
ip rule add to 10.0.0.0/8 prohibit
ip -j rule
ip route get 10.1.9.9 from 198.51.100.1 oif veth2 tos 0x08 uid 50
ip route get 203.0.113.20 mark 0x100
ip rule add pref 50 oif veth2 prohibit
ip route show table 200
ip route get 172.16.1.1 from 203.0.113.5
ip route add blackhole 203.0.113.16/28 metric 10 table 100
ip rule del dport 2000-2973
ip route add 10.1.2.0/24 dev veth1 table main
ip rule show
ip route get 10.0.0.1
ip route get 10.0.0.1 from 203.0.113.5 tos 0x08
ip route get 172.16.1.1
ip rule
ip route show table all
