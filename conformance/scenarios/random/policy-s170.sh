# Seeded random policy-routing scenario (seed 170), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 100
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add prohibit 203.0.113.16/28 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 table 200
ip route add blackhole 10.1.2.3 metric 10 table 200
ip route add blackhole 0.0.0.0/1 metric 10 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 table 300
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip route add prohibit 10.1.2.3 table main
ip route add prohibit 10.1.0.0/16 table main
ip route add default via 198.51.100.2 table main
ip route get 203.0.113.20 tos 0x08 ipproto 1 sport 0 dport 1000
ip route get 127.0.0.1 from 192.0.2.1 mark 0x100 uid 0
ip rule list pref 100
ip rule list pref 100
ip route get 10.0.0.1 iif veth0 ipproto udp sport 1000 dport 2001
ip route del 0.0.0.0/1 table 100
ip route get 8.8.8.8 from 198.51.100.1 oif veth2 mark 0x100
ip route get 10.1.2.9 from 192.0.2.1 ipproto udp
ip route get 10.1.2.9 from 203.0.113.1 mark 3 tos 0x08
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 32000 ipproto tcp to 172.16.0.0/12 uidrange 1000-2000 goto 100
ip route get 192.0.2.77 from 198.51.100.9 iif veth1 uid 0 ipproto tcp sport 1000 dport 1000
ip rule del ipproto udp oif veth2 tos 0x08
ip route get 10.0.0.1 mark 7
ip route get 8.8.8.8 iif veth1 tos 0x10
ip rule add fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip rule del dport 2000-2722 unreachable
ip route get 172.16.1.1 from 203.0.113.5 ipproto tcp sport 1000 dport 80
ip rule
ip route get 10.1.9.9 oif veth2 mark 7 ipproto tcp sport 0 dport 2001
ip rule add pref 300 tos 0x10 from 10.0.0.0/8 table 100
ip rule show
ip rule del oif veth2
ip route show table all
ip rule add pref 200 from 198.51.100.1 oif veth0 table 300
ip rule show table 100
ip rule add uidrange 1000-2000 unreachable
ip rule del iif veth0 uidrange 0-100
ip rule add from all from 10.0.0.0/8 oif veth2 table main suppress_prefixlength 16
ip route get 8.8.8.8 iif veth3 uid 0
ip rule add to 8.8.8.8 goto 32000
ip -j rule
ip route get 127.0.0.1 from 203.0.113.5 oif veth2 uid 0 ipproto udp sport 1000 dport 2001
ip route get 192.0.2.77 from 192.0.2.1 iif veth0 mark 3 tos 0x10 ipproto tcp sport 0 dport 2001
ip rule add oif veth0 fwmark 0x10/0xf0 dport 2000-2136 table 300
ip route get 198.51.100.1 iif veth3
sysctl -w net.ipv4.ip_forward=0
ip route get 8.8.8.8 mark 7
ip rule add pref 32000 uidrange 1000-2000 fwmark 0x100 dport 0-376 prohibit
ip route get 10.1.9.9 oif veth2 ipproto tcp
ip rule add pref 50 ipproto udp oif veth2 dport 2000-3120 nop
ip route get 10.0.0.1 from 198.51.100.9 iif veth3 ipproto 1
ip route add throw 172.16.0.0/12 metric 10 table main
ip rule add tos 0x10 oif veth0 nop
ip route del 10.1.2.3 table 300
ip rule list pref 100
ip route get 203.0.113.20 from 198.51.100.9 mark 3 tos 0x10
ip route del 172.16.0.0/12 table 200
ip rule del not dport 1000
ip route get 172.16.1.1 from 192.0.2.1 mark 3 uid 50
ip route get 10.1.2.3 from 192.0.2.1 oif veth2 uid 0 ipproto tcp sport 1500 dport 2001
ip route get 10.1.2.3 from 198.51.100.9 oif veth2 mark 0x100 tos 0x10
ip route get 198.51.100.1 iif veth1
ip rule add pref 200 dport 1000 fwmark 7 goto 32000
ip route add default via 192.0.2.3 table 200
ip route get 10.1.2.9
ip route show table 200
ip route show table all
ip route del 0.0.0.0/1 table main
ip rule
ip route show table all
