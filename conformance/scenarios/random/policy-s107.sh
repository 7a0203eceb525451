# Seeded random policy-routing scenario (seed 107), from conformance/generators/policy.ts.
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
ip route add unreachable 10.0.0.0/8 metric 10 table 100
ip route add unreachable 10.1.0.0/16 metric 10 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add blackhole 203.0.113.16/28 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add 172.16.0.0/12 dev veth1 table 200
ip route add throw 203.0.113.16/28 metric 10 table 300
ip route add default dev veth1 table 300
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route add 0.0.0.0/1 dev veth1 table main
ip route add prohibit 10.1.0.0/16 metric 10 table main
ip rule add pref 50 fwmark 0x100 iif lo prohibit
ip rule del pref 100
ip route get 198.51.100.1 from 198.51.100.9 tos 0x08 ipproto 1 sport 2500 dport 2001
ip link set veth2 up
ip rule add sport 2000 tos 0x10 unreachable
ip route get 172.16.1.1 from 192.0.2.1 iif veth1 mark 0x13 tos 0x08 ipproto 1 sport 2500 dport 1000
ip route get 10.0.0.1 iif veth3 mark 7 ipproto tcp sport 2500 dport 1000
ip route del default table 200
ip route get 10.0.0.1 from 198.51.100.1 tos 0x10 ipproto 1
ip rule add to 10.0.0.0/8 ipproto udp to 10.1.2.0/24 table 100 suppress_prefixlength 0
ip rule add fwmark 0x10/0xf0 fwmark 0x100 prohibit
ip rule add pref 200 tos 0x08 uidrange 0-100 dport 1000-1144 prohibit
ip rule add pref 50 to 8.8.8.8 uidrange 1000-2000 blackhole
ip route get 203.0.113.20 mark 0x100
ip rule add pref 32000 uidrange 0-0 ipproto tcp table 200
ip route get 198.51.100.1 from 198.51.100.1 iif veth3 tos 0x10
ip route get 8.8.8.8 oif veth2 ipproto udp sport 1500 dport 1000
ip route get 127.0.0.1
ip rule add not fwmark 3/3 from 203.0.113.0/28 table 200 suppress_ifgroup 0
ip rule add pref 200 not tos 0x10 iif veth3 unreachable
ip rule del dport 0 nop
ip route get 10.1.2.3 from 10.1.2.3 fibmatch
ip rule del not to 8.8.8.8 dport 2000 iif lo prohibit
ip route get 172.16.1.1 tos 0x10
ip route get 203.0.113.20
ip route add 172.16.0.0/12 dev veth2 table 100
ip rule add pref 300 sport 2000-3496 dport 2000 table 100 suppress_prefixlength 0
ip rule del from 192.0.2.0/24 fwmark 7
ip route get 203.0.113.20 from 198.51.100.9 mark 3 tos 0x08 fibmatch
ip rule add pref 32000 uidrange 0-0 fwmark 0x100 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route show table all
ip rule
ip rule add pref 200 sport 2000-2336 sport 1000 nop
ip route get 127.0.0.1 from 198.51.100.1 ipproto tcp sport 1000 dport 80
ip route add 10.1.2.3 dev veth0 table main
ip rule add sport 0-1224 table 100 suppress_prefixlength 0
ip rule add pref 300 dport 0 oif veth2 dport 2000-2973 blackhole
ip rule del pref 50
ip rule add iif veth0 sport 1000-1001 table 100
ip route show table all
ip route get 172.16.1.1 from 203.0.113.1 mark 7
ip rule del to 10.1.2.0/24 fwmark 0x10/0xf0 table 200
ip route del 10.1.2.3 table 200
ip rule del pref 100
ip route get 8.8.8.8 iif veth1 tos 0x10 uid 1500 ipproto 1 sport 2500 dport 2001
ip route get 10.0.0.1 from 203.0.113.1 iif veth3 mark 7
ip route get 10.1.2.9 from 198.51.100.9 iif veth1
ip route get 10.0.0.1 from 198.51.100.1 tos 0x08
ip rule add iif veth1 uidrange 0-100 fwmark 7 nop
ip route get 8.8.8.8 mark 7
ip rule del tos lowdelay from all table main suppress_prefixlength 8
ip route get 127.0.0.1 from 10.1.2.3 oif veth2 uid 50 fibmatch
ip route add unreachable default table 300
ip rule add pref 200 dport 1000 tos 0x08 tos 0x10 blackhole
ip route get 10.1.2.3 iif veth1
ip rule add iif veth1 blackhole
ip rule add uidrange 1000-2000 table 200 suppress_ifgroup 0
ip rule add ipproto udp fwmark 0x100 blackhole
ip rule add from 198.51.100.1 tos lowdelay fwmark 3/3 unreachable
ip rule
ip route show table all
