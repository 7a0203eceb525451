# Seeded random policy-routing scenario (seed 136), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 100
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add prohibit 203.0.113.16/28 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 table 300
ip route add throw 10.1.2.3 table 300
ip route add 10.1.0.0/16 dev veth1 metric 10 table 300
ip route add throw 10.1.2.0/24 table main
ip route add throw 172.16.0.0/12 metric 10 table main
ip route add default via 203.0.113.2 table main
ip route get 203.0.113.20 tos 0x10 ipproto tcp
ip rule del ipproto 1
ip route get 8.8.8.8 from 198.51.100.9 oif veth2 ipproto tcp sport 0 dport 80
ip rule add pref 50 fwmark 7 uidrange 0-0 table 100 suppress_prefixlength 16
ip rule del not sport 0 iif veth0 ipproto udp goto 50
ip route show table 200
ip -j rule
ip route del 172.16.0.0/12 table 300
ip rule add tos lowdelay ipproto udp table 300
ip rule
ip rule add tos 0x08 table 100 suppress_prefixlength 0
ip rule add pref 300 dport 1000 oif veth0 fwmark 3/3 nop
ip rule add pref 50 dport 2000-2996 from 192.0.2.0/24 ipproto tcp table 200 suppress_ifgroup 0
ip rule add pref 32000 sport 2000-3897 table 200 suppress_ifgroup 0
ip rule show table 100
ip route get 172.16.1.1 oif veth2 uid 1500 fibmatch
ip route del 0.0.0.0/1 table 100
ip route get 10.0.0.1 ipproto 1 sport 2500 dport 1000
ip rule show table 100
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table main
ip rule add pref 100 sport 2000 table main suppress_prefixlength 0
ip route add blackhole 10.1.2.3 table 300
ip route show table all
ip rule add pref 50 iif veth1 sport 1000 prohibit
ip rule add not uidrange 0-0 table 300
ip route add default via 192.0.2.2 table 100
ip route del 10.1.2.3 table 100
ip route get 192.0.2.77 uid 0
ip rule del dport 1000-1675 tos 0x08
ip rule del pref 300
ip route add 10.0.0.0/8 dev veth0 table main
ip route add blackhole 10.1.0.0/16 table 300
ip route get 8.8.8.8 from 198.51.100.1 iif veth3 mark 3 tos 0x08
ip route get 198.51.100.1 from 10.1.2.3 oif veth0
ip route get 10.0.0.1 from 10.1.2.3 ipproto udp sport 2500 dport 80
ip route show table all
ip route get 192.0.2.77 oif veth2 uid 50 ipproto 1 sport 2500 dport 80
ip route show table all
ip route add 10.1.2.3 dev veth0 metric 10 table main
ip -j rule
ip route get 203.0.113.20 mark 0x13
ip route add default via 203.0.113.2 metric 10 table 300
ip route get 10.0.0.1 tos 0x08
ip route get 203.0.113.20 from 10.1.2.3
ip route get 172.16.1.1 from 203.0.113.1
sysctl -w net.ipv4.ip_forward=0
ip route show table all
ip route get 8.8.8.8 from 192.0.2.1 oif veth0 mark 0x100
ip route get 10.1.2.9 from 198.51.100.1 mark 0x100 tos 0x10
ip rule del fwmark 3/3 dport 2000-2526
ip rule add fwmark 7 goto 200
ip rule add iif veth1 nop
ip route del 203.0.113.16/28 table 200
ip route get 10.1.2.9 mark 7
ip rule add fwmark 3/3 tos 0x08 ipproto 1 table 200 suppress_ifgroup 5
ip -j rule
ip rule show table 100
ip rule show table 100
ip rule del not ipproto udp blackhole
ip rule add pref 200 fwmark 0x10/0xf0 uidrange 0-0 table 100 suppress_prefixlength 8
ip rule
ip route show table all
