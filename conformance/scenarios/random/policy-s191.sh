# Seeded random policy-routing scenario (seed 191), from conformance/generators/policy.ts.
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
ip route add default via 198.51.100.2 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add throw 10.1.0.0/16 metric 10 table 100
ip route add default via 192.0.2.3 table 200
ip route add unreachable 10.1.2.3 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add 10.1.2.3 dev veth1 table 300
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 table main
ip route add default dev veth0 metric 10 table main
ip route add prohibit 10.0.0.0/8 table main
ip route get 127.0.0.1 uid 50 fibmatch
ip route get 203.0.113.20 iif veth1
ip rule add pref 300 to 10.0.0.0/8 lookup 100
ip route show table 200
ip rule add uidrange 0-0 tos 0x08 lookup 100
ip rule add pref 100 uidrange 0-100 dport 2000 table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 from 198.51.100.1 mark 0x13
ip route get 203.0.113.20 oif veth0 mark 0x13
ip rule add ipproto 1 tos 0x08 lookup 200
ip rule del fwmark 3/3 iif lo
ip route get 127.0.0.1 iif veth0 mark 7 tos 0x10 ipproto udp
ip route get 10.1.2.3 from 198.51.100.9 iif veth0
ip route get 8.8.8.8 from 198.51.100.9 ipproto tcp sport 2500 dport 80
ip route del 0.0.0.0/1 table main
ip route get 192.0.2.77 from 192.0.2.1 iif veth0
ip -j rule
ip rule add pref 300 uidrange 0-100 table 100 suppress_prefixlength 16
ip route get 10.1.2.3 oif veth0
ip route get 203.0.113.20 ipproto udp sport 1500 dport 2001
ip rule del to 10.1.2.0/24 oif veth0 lookup 100
ip route get 10.0.0.1 from 192.0.2.1 oif veth2 uid 50 ipproto udp sport 0 dport 80
ip route add prohibit 172.16.0.0/12 table 300
ip route add 0.0.0.0/1 dev veth1 table 300
ip route add 10.1.2.3 dev veth0 table main
ip route show table 200
ip route get 10.1.2.9 tos 0x10 ipproto 1 sport 1500 dport 80
ip rule del pref 200
ip rule add oif veth0 uidrange 0-0 lookup 200
ip rule add pref 300 not fwmark 3/3 uidrange 0-100 lookup 200
ip route get 10.1.9.9
ip route del default table 100
ip route add blackhole 0.0.0.0/1 table 200
ip rule del pref 300
ip route get 8.8.8.8 from 192.0.2.1 uid 1500
ip route get 10.1.2.9 uid 0
ip route get 10.1.2.9 from 203.0.113.1 mark 0x13 uid 50 ipproto udp
ip rule add sport 1000 unreachable
ip route get 127.0.0.1 from 10.1.2.3 oif veth2 mark 3 tos 0x10 uid 0
ip route get 203.0.113.20 from 203.0.113.5 iif veth3 tos 0x10 ipproto udp sport 1000 dport 2001
ip route get 10.0.0.1 uid 0
ip route get 172.16.1.1 from 198.51.100.9
ip route get 127.0.0.1 ipproto 1
ip route get 198.51.100.1 tos 0x08 ipproto udp sport 2500 dport 80 fibmatch
ip route get 203.0.113.20 from 10.1.2.3 iif veth1
ip route get 203.0.113.20 from 203.0.113.1 iif veth0 mark 0x13
ip route get 192.0.2.77 from 203.0.113.5
ip route get 203.0.113.20 from 10.1.2.3 iif veth1
ip route get 10.1.2.3 from 10.1.2.3 fibmatch
ip route get 10.0.0.1 from 198.51.100.1 mark 3
ip route get 203.0.113.20 from 10.1.2.3 oif veth2
ip route get 8.8.8.8 from 203.0.113.5 oif veth0 mark 0x13 ipproto 1 sport 1500 dport 80
ip route get 192.0.2.77
ip rule del fwmark 7 ipproto tcp uidrange 0-0
ip rule del fwmark 0x100 goto 100
ip route show table 200
ip rule list pref 100
ip rule list pref 100
ip route add blackhole 203.0.113.16/28 table 200
ip rule add pref 300 sport 2000-3508 uidrange 1000-2000 fwmark 7 unreachable
ip rule
ip route show table all
