# Seeded random policy-routing scenario (seed 229), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth0 metric 10 table 100
ip route add throw 172.16.0.0/12 table 100
ip route add 10.0.0.0/8 dev veth2 metric 10 table 100
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add blackhole 172.16.0.0/12 table 200
ip route add blackhole default table 200
ip route add 10.1.2.3 via 203.0.113.2 table 300
ip route add 10.1.0.0/16 dev veth1 table 300
ip route add default dev veth2 metric 10 table 300
ip route add 10.1.0.0/16 dev veth0 table main
ip route add 10.1.2.0/24 via 203.0.113.2 table main
ip route add prohibit default table main
ip route get 203.0.113.20 fibmatch
ip route add unreachable 0.0.0.0/1 table main
ip rule add pref 300 tos 0x08 lookup 100
ip rule add pref 100 sport 2000-3009 tos 0x08 dport 1000-1884 goto 50
ip rule list pref 100
ip route get 10.1.2.9 iif veth3 mark 0x100 tos 0x08 uid 50
ip rule add not fwmark 7 oif veth2 lookup 100
ip route get 8.8.8.8 from 203.0.113.5 mark 7
ip route get 127.0.0.1 iif veth1 tos 0x10 uid 0 ipproto tcp sport 1500 dport 2001
ip route get 198.51.100.1 oif veth2 tos 0x10 fibmatch
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route get 8.8.8.8 iif veth3 tos 0x10
ip rule add pref 200 tos 0x08 table 200 suppress_ifgroup 5
ip route add unreachable 0.0.0.0/1 table main
ip rule del pref 50
ip route add 0.0.0.0/1 via 198.51.100.2 table main
ip rule add pref 32000 oif veth2 from 198.51.100.1 nop
ip -d rule
ip route del 203.0.113.16/28 table main
ip route get 203.0.113.20 mark 0x13
ip -d rule
ip rule add dport 0-839 nop
ip rule add pref 50 sport 1000 oif veth2 unreachable
ip rule add pref 32000 fwmark 7 nop
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 300
ip route get 127.0.0.1 mark 7
ip route get 172.16.1.1 from 203.0.113.1 tos 0x10 uid 50
ip route get 198.51.100.1 iif veth1 uid 50
ip rule add iif veth1 blackhole
ip route get 172.16.1.1 from 10.1.2.3 mark 0x13
ip rule add dport 0-1029 ipproto udp fwmark 7 table 100 suppress_prefixlength 8
ip rule
ip rule del pref 50
ip rule add sport 1000-2140 table 100 suppress_prefixlength 16
ip route show table 200
ip route get 203.0.113.20 tos 0x08 ipproto udp sport 1500 dport 2001
ip route get 172.16.1.1 from 10.1.2.3
ip rule del pref 100
ip rule add fwmark 0x100 table 200 suppress_ifgroup 0
ip route show table 200
ip rule add not tos 0x08 dport 0 table 200 suppress_ifgroup 5
ip rule add pref 300 not uidrange 0-100 lookup 100
ip route get 127.0.0.1 oif veth0
ip route get 10.1.9.9 from 192.0.2.1 iif veth0 mark 0x13
ip route get 198.51.100.1 from 203.0.113.5 iif veth1 uid 50
ip rule list pref 100
ip -j rule
ip rule add fwmark 0x10/0xf0 oif veth0 uidrange 0-100 lookup 200
ip route get 10.0.0.1 mark 3 tos 0x10
ip rule add pref 32000 fwmark 3/3 table 100 suppress_prefixlength 0
ip route del 10.1.2.0/24 table 100
ip route get 10.1.2.9 from 10.1.2.3 uid 1500 ipproto 1 sport 2500 dport 80
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 200
ip -j rule
ip route get 192.0.2.77 mark 0x13
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip rule add oif veth2 fwmark 0x100 prohibit
ip rule add pref 300 sport 2000-3579 goto 100
ip rule show table 100
ip route del 172.16.0.0/12 table 100
ip rule
ip route show table all
