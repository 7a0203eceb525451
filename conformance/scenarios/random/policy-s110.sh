# Seeded random policy-routing scenario (seed 110), from conformance/generators/policy.ts.
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
ip route add unreachable default table 100
ip route add 10.1.2.0/24 via 192.0.2.3 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip route add blackhole 10.1.2.0/24 table 200
ip route add throw 10.1.0.0/16 table 200
ip route add unreachable default table 200
ip route add blackhole 10.1.0.0/16 table 300
ip route add 0.0.0.0/1 dev veth0 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip route add throw 10.1.2.3 table main
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip route get 203.0.113.20 mark 7 tos 0x08 ipproto 1
ip rule
ip route get 10.1.2.9 from 203.0.113.5 mark 3 uid 0
ip rule show table 100
ip rule add pref 100 to 10.0.0.0/8 blackhole
ip -j rule
ip route get 198.51.100.1 from 10.1.2.3 iif veth3 ipproto 1 sport 1500 dport 1000
ip rule add sport 2000 oif veth0 prohibit
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip rule del pref 32000
ip rule add pref 50 ipproto udp prohibit
ip route del default table 200
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 200
ip rule add tos 0x08 to 10.0.0.0/8 lookup 100
ip route get 10.1.9.9 from 198.51.100.9
ip rule add pref 200 iif veth1 oif veth2 iif veth3 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 from 203.0.113.5 ipproto udp
ip route del 10.1.0.0/16 table main
ip route get 10.1.2.3 iif veth0 mark 0x13 tos 0x08 ipproto 1 sport 1000 dport 80
ip route get 192.0.2.77 from 198.51.100.9 mark 0x100
ip route get 10.0.0.1 from 192.0.2.1
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 100
ip route show table all
ip route get 10.1.9.9 tos 0x08
ip rule del pref 50
ip route get 10.0.0.1 from 10.1.2.3 iif veth0 uid 1500
ip route get 8.8.8.8 oif veth2 tos 0x10
ip route get 203.0.113.20 from 203.0.113.1 mark 0x100 uid 1500 ipproto tcp sport 1000 dport 2001
ip rule add from 192.0.2.0/24 prohibit
ip route add 10.1.2.3 via 198.51.100.2 table 100
ip route get 198.51.100.1 iif veth3 uid 1500
ip -j rule
ip route get 10.1.9.9
ip rule show
ip route add throw 10.1.0.0/16 metric 10 table main
ip route get 8.8.8.8 from 10.1.2.3 iif veth3 mark 3
ip route show table 200
ip route add unreachable 10.1.2.0/24 table 300
ip rule add pref 32000 oif veth0 unreachable
ip route del default table 100
ip rule add fwmark 0x100 from 198.51.100.1 table 100 suppress_prefixlength 0
ip rule
ip rule add pref 200 not ipproto tcp nop
ip rule add pref 50 not dport 1000-2794 dport 2000-3707 prohibit
ip rule add pref 200 from all table 200
ip rule add pref 100 tos 0x10 to 8.8.8.8 blackhole
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 200
ip rule add pref 32000 tos lowdelay to 172.16.0.0/12 goto 100
ip route del 10.1.0.0/16 table main
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 not fwmark 0x10/0xf0 oif veth0 ipproto 1 table main suppress_prefixlength 8
ip rule show table 100
ip rule show
ip route get 172.16.1.1 from 203.0.113.1 mark 0x100
ip rule add fwmark 0x100 oif veth0 table 200 suppress_ifgroup 5
ip rule add not iif veth3 tos lowdelay sport 2000-2981 lookup 200
ip route get 10.1.2.9 oif veth0 tos 0x08
ip rule show
ip route get 10.1.2.9 oif veth0 mark 0x13 fibmatch
ip route get 10.1.2.9 from 203.0.113.1 ipproto udp sport 2500 dport 80
ip rule
ip route show table all
