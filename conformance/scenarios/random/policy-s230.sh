# Seeded random policy-routing scenario (seed 230), from conformance/generators/policy.ts.
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
ip route add blackhole default table 100
ip route add prohibit 172.16.0.0/12 table 100
ip route add throw 10.1.2.3 metric 10 table 100
ip route add 172.16.0.0/12 dev veth0 metric 10 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add prohibit 10.1.2.3 table 200
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table main
ip rule add pref 200 dport 0 blackhole
ip route get 203.0.113.20 mark 7 uid 50 ipproto tcp sport 2500 dport 1000
ip -j rule
ip rule add pref 50 to 10.0.0.0/8 from 203.0.113.0/28 iif veth0 table main suppress_prefixlength 16
ip route get 203.0.113.20 iif veth0 uid 0
ip rule add pref 100 ipproto udp nop
ip route get 192.0.2.77 from 203.0.113.5 mark 0x100 ipproto tcp sport 0 dport 80
ip route get 10.1.2.9 mark 0x100 uid 1500 ipproto udp sport 2500 dport 2001
ip rule add not oif veth0 uidrange 0-100 prohibit
ip route get 10.1.2.9 oif veth0 mark 7
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 192.0.2.1 tos 0x08 fibmatch
ip rule add pref 200 tos 0x10 iif veth0 unreachable
ip route get 8.8.8.8 from 198.51.100.1 mark 0x100 tos 0x10 ipproto udp fibmatch
ip rule show table 100
ip rule list pref 100
ip rule
ip rule add fwmark 7 uidrange 0-0 tos lowdelay prohibit
ip route get 10.1.2.9 from 10.1.2.3 tos 0x08 ipproto 1
ip route show table all
ip rule add pref 300 tos lowdelay dport 1000 table 100
ip rule add sport 1000 sport 0-666 from 203.0.113.0/28 goto 100
ip route show table all
ip rule add pref 200 fwmark 0x10/0xf0 unreachable
ip route get 192.0.2.77 from 203.0.113.1
ip route get 8.8.8.8
ip rule
ip rule del not dport 0
ip rule del pref 50
ip route del 10.1.2.0/24 table main
ip rule add fwmark 3/3 table 100 suppress_prefixlength 0
ip route get 192.0.2.77 iif veth1
ip route get 192.0.2.77
ip rule add pref 32000 oif veth2 table 100 suppress_prefixlength 0
ip rule add not dport 1000-2178 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route del 203.0.113.16/28 table 200
ip route add unreachable 203.0.113.16/28 table 300
ip route get 172.16.1.1 from 203.0.113.5 iif veth0
ip rule del pref 50
ip route del 10.1.2.3 table main
ip route add blackhole 0.0.0.0/1 table 100
ip route add 10.1.2.0/24 dev veth1 table 200
ip route add blackhole default table main
ip rule add pref 32000 iif veth1 table 200 suppress_ifgroup 5
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route get 192.0.2.77 from 198.51.100.9
ip rule del pref 50
ip rule add from 198.51.100.1 blackhole
ip rule del sport 2000-2448 uidrange 0-0 goto 100
ip route get 10.1.2.9 from 10.1.2.3 tos 0x10 uid 50 ipproto 1
ip route get 10.1.2.9 oif veth0 uid 0
ip route get 10.1.9.9 mark 0x100
ip rule add pref 50 dport 2000-3655 sport 2000-3771 blackhole
ip rule list pref 100
ip route get 10.1.2.3 iif veth0
ip route del 0.0.0.0/1 table 100
ip link set veth0 up
ip rule del oif veth2 nop
ip rule del ipproto udp fwmark 0x100 blackhole
ip rule
ip route show table all
