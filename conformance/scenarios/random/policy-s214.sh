# Seeded random policy-routing scenario (seed 214), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 100
ip route add prohibit 10.1.2.3 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add 203.0.113.16/28 dev veth1 metric 10 table 300
ip route add 10.1.2.3 dev veth1 metric 10 table 300
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add prohibit 203.0.113.16/28 table main
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table main
ip route add 10.0.0.0/8 dev veth0 table main
ip rule add oif veth2 iif veth3 unreachable
ip route add 10.1.2.3 via 198.51.100.2 table 100
ip route get 10.1.2.3 from 198.51.100.9
ip -j rule
ip route del 10.1.0.0/16 table 300
ip rule add sport 2000 fwmark 0x100 unreachable
ip route get 10.0.0.1 from 203.0.113.1 mark 3
ip rule list pref 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route get 172.16.1.1
ip rule del not to 10.1.2.0/24 goto 50
ip rule show table 100
ip rule add pref 50 oif veth2 table 100 suppress_prefixlength 16
ip route show table all
ip route del 10.1.0.0/16 table 200
ip rule del ipproto udp iif veth1 unreachable
ip route get 203.0.113.20 from 198.51.100.1 tos 0x10
ip rule add from 192.0.2.0/24 blackhole
ip rule add pref 300 ipproto 1 tos 0x08 goto 100
ip rule add iif veth1 table 200 suppress_ifgroup 0
ip rule add pref 100 not sport 0 goto 32000
ip route get 198.51.100.1 from 203.0.113.5 oif veth0
ip route get 203.0.113.20 from 192.0.2.1
ip route show table all
ip route get 127.0.0.1
ip rule add pref 300 fwmark 3/3 tos lowdelay lookup main
ip route get 10.1.9.9 from 192.0.2.1 ipproto tcp sport 0 dport 80
ip -j rule
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip rule add sport 1000-1319 ipproto 1 nop
ip route get 10.1.2.9 from 10.1.2.3 ipproto udp sport 1000 dport 80
ip route get 8.8.8.8 from 192.0.2.1
ip rule add pref 50 oif veth2 dport 2000-2747 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 from 203.0.113.5 tos 0x10 ipproto udp sport 1500 dport 1000
ip route del 10.0.0.0/8 table 100
ip route show table all
ip rule add not dport 1000-2961 to 10.1.2.0/24 from 198.51.100.1 goto 100
ip rule add pref 32000 dport 0-356 nop
ip rule show
ip route get 8.8.8.8 oif veth2 tos 0x08 uid 0
ip rule show
ip route get 172.16.1.1 from 10.1.2.3 oif veth2 mark 7 tos 0x10
ip rule del pref 200
ip rule show table 100
ip route get 198.51.100.1 from 203.0.113.5 tos 0x10 ipproto udp sport 1000 dport 2001
ip route del 10.1.2.3 table main
ip rule add iif veth1 table 200
ip rule add pref 50 iif veth3 fwmark 0x10/0xf0 table 100
ip route get 198.51.100.1 from 203.0.113.1
ip route get 127.0.0.1 iif veth0 ipproto udp
ip route get 8.8.8.8 from 203.0.113.5 iif veth3
ip route get 10.1.9.9 from 203.0.113.1 mark 7
ip route add 10.1.2.0/24 via 192.0.2.3 table 300
ip rule list pref 100
ip rule list pref 100
ip route get 10.0.0.1 from 198.51.100.1 tos 0x10
ip rule add fwmark 3/3 from 198.51.100.1 to 10.1.2.0/24 goto 50
ip route get 10.0.0.1
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip route get 10.0.0.1 from 192.0.2.1 ipproto tcp sport 1500 dport 1000
ip rule
ip route show table all
