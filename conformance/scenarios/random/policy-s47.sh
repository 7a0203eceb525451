# Seeded random policy-routing scenario (seed 47), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add throw 10.1.2.0/24 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 300
ip route add throw default table 300
ip route add 203.0.113.16/28 via 198.51.100.2 table main
ip route add blackhole 172.16.0.0/12 metric 10 table main
ip route add default via 192.0.2.3 table main
ip rule add pref 200 ipproto tcp table 200 suppress_ifgroup 5
ip route get 10.0.0.1 from 198.51.100.1 oif veth2
ip rule add pref 50 dport 0 tos lowdelay dport 1000 nop
ip rule add pref 200 ipproto udp from all unreachable
ip route add prohibit 10.1.0.0/16 table 300
ip rule add pref 32000 not tos lowdelay blackhole
ip route get 203.0.113.20 iif veth0
ip route show table all
ip route add prohibit default table 300
ip rule show
ip rule add dport 2000-2202 fwmark 7 table 200 suppress_ifgroup 5
ip rule add to 10.0.0.0/8 fwmark 0x100 dport 2000-2211 goto 300
ip route get 10.1.2.3 from 203.0.113.5 iif veth0 fibmatch
ip route get 192.0.2.77
ip route show table 200
ip route get 8.8.8.8
ip rule
ip rule add tos 0x10 blackhole
ip rule del pref 32000
ip rule add pref 200 sport 2000 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip route add unreachable default table 300
ip route get 10.1.9.9 from 203.0.113.5
ip rule list pref 100
ip rule show
ip rule add sport 1000 sport 0-1572 prohibit
ip rule add not tos lowdelay sport 2000 blackhole
ip -d rule
ip rule del dport 2000 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 mark 0x100 tos 0x08 fibmatch
ip rule list pref 100
ip -d rule
ip route get 10.1.2.3
ip route get 10.1.2.9
ip rule show
ip rule add tos lowdelay tos lowdelay table 200 suppress_ifgroup 5
ip rule add pref 100 not oif veth0 goto 100
ip rule add pref 300 fwmark 0x10/0xf0 goto 32000
ip rule del ipproto udp fwmark 0x100 ipproto tcp
ip rule add dport 1000-1149 iif veth1 ipproto 1 table 200
ip route get 198.51.100.1 uid 1500 ipproto udp
ip route get 10.1.2.9 mark 3 ipproto tcp
ip rule add pref 100 sport 2000 table 100
ip rule add pref 100 from all from 192.0.2.0/24 lookup main
ip route get 10.1.9.9 from 198.51.100.9
ip route get 8.8.8.8 from 198.51.100.9 oif veth2 mark 3 tos 0x10
ip route get 10.1.2.3 mark 7 uid 1500
ip route get 10.0.0.1 iif veth3 tos 0x10
ip rule add tos 0x10 unreachable
ip rule add pref 100 dport 0 tos 0x08 nop
ip rule
ip -d rule
ip route get 198.51.100.1 from 198.51.100.9 iif veth0 ipproto udp
ip rule show
ip route show table all
ip -j rule
ip rule add dport 2000-3256 oif veth0 lookup main
ip rule show table 100
ip route del 10.1.2.3 table 200
ip route get 127.0.0.1 from 10.1.2.3
ip rule
ip route show table all
