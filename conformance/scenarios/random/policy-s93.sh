# Seeded random policy-routing scenario (seed 93), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth0 table 100
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip route add default dev veth2 table 100
ip route add unreachable default metric 10 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add blackhole 10.1.0.0/16 metric 10 table 300
ip route add unreachable 10.0.0.0/8 table 300
ip route add prohibit 203.0.113.16/28 table main
ip route add 10.0.0.0/8 dev veth0 metric 10 table main
ip route add 172.16.0.0/12 dev veth0 metric 10 table main
ip route get 10.0.0.1
ip rule add pref 100 dport 2000-3610 ipproto tcp nop
ip route add throw 10.1.0.0/16 table 200
ip route get 10.0.0.1
ip rule add uidrange 0-0 to 172.16.0.0/12 blackhole
ip rule del ipproto udp to 172.16.0.0/12
ip rule list pref 100
ip -j rule
ip route get 192.0.2.77 from 10.1.2.3
ip route get 8.8.8.8 from 198.51.100.9
ip rule list pref 100
ip rule show
ip rule add pref 50 iif veth0 oif veth0 table 100 suppress_prefixlength 8
ip rule add pref 300 from 198.51.100.1 tos 0x10 blackhole
ip route get 10.1.2.9 mark 3 ipproto 1 sport 1500 dport 2001
ip rule add pref 32000 fwmark 0x10/0xf0 goto 32000
ip rule add pref 200 from all sport 0 unreachable
ip rule add oif veth2 goto 50
ip rule add ipproto 1 uidrange 0-100 prohibit
ip rule add dport 2000-2947 goto 300
ip rule del pref 50
ip route get 10.1.9.9 mark 0x13 tos 0x08
ip route get 127.0.0.1 from 198.51.100.9 oif veth2
ip -d rule
ip rule del fwmark 0x100
ip route get 10.1.2.3 from 198.51.100.1 uid 1500
ip route get 172.16.1.1 uid 0
ip rule add iif veth3 tos 0x08 nop
ip rule del uidrange 0-0 uidrange 0-100 lookup 100
ip route get 10.0.0.1 mark 7 ipproto udp sport 1000 dport 1000
ip route add prohibit 0.0.0.0/1 table 300
ip route del 172.16.0.0/12 table 300
ip route get 192.0.2.77 from 198.51.100.9 mark 3 ipproto 1
ip rule
ip rule del fwmark 7 oif veth0 dport 2000
ip rule add pref 200 uidrange 0-100 dport 1000 table 200 suppress_ifgroup 5
ip rule add dport 2000 to 10.1.2.0/24 lookup 200
ip rule list pref 100
sysctl -w net.ipv4.ip_forward=0
ip rule del fwmark 0x100 blackhole
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip -d rule
ip rule del pref 200
ip route get 8.8.8.8 mark 7
ip route del 10.1.0.0/16 table 100
ip rule add pref 100 not dport 2000-2175 from 10.0.0.0/8 fwmark 7 goto 100
ip route get 10.1.9.9 from 192.0.2.1 ipproto tcp sport 1000 dport 1000
sysctl -w net.ipv4.ip_forward=0
ip route add unreachable 10.1.0.0/16 table 200
ip rule list pref 100
ip route get 172.16.1.1 oif veth0
ip rule add to 8.8.8.8 lookup main
ip rule
ip rule add uidrange 0-100 dport 2000-3843 to 10.1.2.0/24 table 200 suppress_ifgroup 5
ip route get 198.51.100.1 uid 0
ip rule del pref 300
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 100
ip route del 10.1.2.3 table 300
ip rule add uidrange 0-0 goto 100
ip route get 203.0.113.20 from 192.0.2.1
ip rule
ip route show table all
