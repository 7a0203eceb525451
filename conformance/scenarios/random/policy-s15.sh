# Seeded random policy-routing scenario (seed 15), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip route add 10.0.0.0/8 dev veth0 table 100
ip route add blackhole 10.1.0.0/16 table 100
ip route add 10.1.2.3 dev veth0 table 200
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add default via 203.0.113.2 table 300
ip route add throw 172.16.0.0/12 table 300
ip route add prohibit 10.1.2.0/24 table 300
ip route add blackhole 10.0.0.0/8 table main
ip route add 10.1.2.3 via 192.0.2.3 table main
ip route add 10.0.0.0/8 dev veth1 table main
ip route show table all
ip route get 8.8.8.8 from 203.0.113.5 mark 3 uid 1500 ipproto udp
ip route get 172.16.1.1 mark 7
ip rule add dport 0 unreachable
ip route del 0.0.0.0/1 table 200
ip rule add pref 100 tos 0x08 ipproto udp goto 300
ip route add 10.1.2.3 dev veth2 table 200
ip -d rule
ip route show table all
ip route get 127.0.0.1 ipproto udp sport 0 dport 2001
ip rule list pref 100
ip route get 198.51.100.1 from 10.1.2.3 tos 0x08 uid 1500
ip route get 203.0.113.20 from 203.0.113.1 ipproto udp sport 1500 dport 2001
ip rule
ip rule show table 100
ip rule add sport 0 dport 0 blackhole
ip route get 127.0.0.1 oif veth2 tos 0x08
ip route get 127.0.0.1 from 198.51.100.1 iif veth1 tos 0x08 ipproto tcp sport 1000 dport 1000 fibmatch
ip rule show
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route get 10.1.9.9 iif veth0
ip rule show table 100
ip rule add pref 100 ipproto tcp ipproto tcp table 200
ip route add 10.1.2.0/24 dev veth1 table main
ip rule add not oif veth0 dport 1000-2117 fwmark 3/3 unreachable
ip route get 192.0.2.77 oif veth2 mark 0x13 tos 0x10
ip route get 10.1.9.9 iif veth1 uid 0
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip route get 127.0.0.1 mark 0x100 tos 0x10 ipproto udp sport 0 dport 2001 fibmatch
ip route add default via 198.51.100.2 table 300
ip rule add pref 200 not fwmark 0x10/0xf0 oif veth2 tos 0x08 table main suppress_prefixlength 8
ip route get 172.16.1.1
ip route get 8.8.8.8 iif veth3
ip rule list pref 100
ip rule add pref 200 ipproto 1 fwmark 7 prohibit
ip route get 8.8.8.8 tos 0x08
ip rule add pref 50 fwmark 0x10/0xf0 blackhole
ip rule add not tos lowdelay sport 0-1284 goto 200
ip rule show
ip route show table 200
ip route get 203.0.113.20 ipproto udp
ip route get 10.1.2.3 iif veth3 mark 0x100
ip -j rule
ip -d rule
ip rule add pref 300 fwmark 0x100 to 8.8.8.8 prohibit
ip rule add tos 0x10 dport 1000-1101 goto 32000
ip rule add pref 200 iif veth3 lookup 100
ip route get 127.0.0.1 from 192.0.2.1 oif veth2
sysctl -w net.ipv4.ip_forward=0
ip rule del pref 300
ip route get 10.1.9.9 uid 0 ipproto udp sport 1500 dport 2001
ip rule add pref 100 from 203.0.113.0/28 prohibit
ip rule show
ip rule add ipproto tcp iif veth0 oif veth0 lookup main
ip -d rule
ip rule add pref 100 tos 0x08 unreachable
ip route get 203.0.113.20 ipproto 1 sport 1500 dport 1000
ip rule add pref 100 not from 198.51.100.1 fwmark 7 oif veth0 unreachable
ip route get 198.51.100.1 from 192.0.2.1 oif veth2 tos 0x08
ip route show table all
ip rule
ip route show table all
