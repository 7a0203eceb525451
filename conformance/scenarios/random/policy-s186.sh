# Seeded random policy-routing scenario (seed 186), from conformance/generators/policy.ts.
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
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 table 200
ip route add throw 10.1.2.3 metric 10 table 300
ip route add 10.1.2.3 dev veth1 table 300
ip route add unreachable default table 300
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table main
ip route add throw 10.1.0.0/16 table main
ip route add blackhole default table main
ip route get 172.16.1.1 iif veth1 mark 0x100
ip -d rule
ip route get 172.16.1.1 oif veth0 mark 3 tos 0x10 fibmatch
ip route del 10.1.0.0/16 table 100
sysctl -w net.ipv4.ip_forward=1
ip rule add fwmark 0x10/0xf0 oif veth0 to 172.16.0.0/12 unreachable
ip rule add pref 100 not fwmark 0x100 oif veth0 goto 300
ip route get 10.1.9.9 ipproto tcp sport 0 dport 1000 fibmatch
ip route get 10.1.2.9 from 203.0.113.5 oif veth0 ipproto 1 sport 1500 dport 80
ip route show table all
ip route get 10.1.9.9 from 198.51.100.1
ip rule
ip route get 192.0.2.77
ip route get 10.1.2.9 iif veth3 mark 7
ip route get 172.16.1.1 oif veth2
ip rule add pref 100 not fwmark 7 oif veth0 blackhole
ip route show table 200
ip -d rule
ip rule del fwmark 3/3 oif veth0 from all
ip rule add pref 200 ipproto udp to 10.0.0.0/8 nop
ip -d rule
ip route get 10.1.2.3 from 198.51.100.1 iif veth1 mark 3
ip link set veth2 up
ip route show table all
ip rule add not fwmark 7 oif veth0 sport 2000-2186 table 200 suppress_ifgroup 5
ip route get 192.0.2.77 from 198.51.100.9 tos 0x10
ip rule add pref 100 tos 0x08 uidrange 0-0 unreachable
ip -j rule
ip rule
ip rule del pref 200
ip route get 10.0.0.1 from 198.51.100.1 tos 0x08
ip route add 10.1.2.0/24 dev veth0 table 100
ip route get 203.0.113.20 from 10.1.2.3 iif veth3 mark 0x13 uid 50
ip route get 8.8.8.8 from 198.51.100.1
ip route add blackhole default metric 10 table 100
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip route get 8.8.8.8 from 198.51.100.9 tos 0x10
ip route show table 200
ip route add 10.1.2.0/24 dev veth2 table 100
ip route add unreachable 203.0.113.16/28 table 200
ip rule
ip route get 8.8.8.8
ip route get 203.0.113.20 from 198.51.100.9 oif veth0 ipproto tcp sport 2500 dport 2001
ip rule add dport 1000-2507 uidrange 0-0 unreachable
ip route add 0.0.0.0/1 dev veth1 table 200
ip route add prohibit 10.1.2.3 metric 10 table 100
ip rule add tos 0x08 lookup 200
ip route get 10.1.2.9 from 192.0.2.1 fibmatch
ip route get 10.1.9.9 mark 7 tos 0x08
ip rule add pref 300 not uidrange 1000-2000 lookup 100
ip rule add tos 0x08 from all dport 1000 unreachable
ip rule add pref 50 iif lo oif veth2 to 10.0.0.0/8 lookup 200
ip route get 127.0.0.1 from 192.0.2.1 mark 7 uid 0 ipproto 1 sport 1000 dport 1000
ip route del 10.0.0.0/8 table 300
ip -d rule
ip route get 10.0.0.1 from 10.1.2.3 iif veth1
ip rule add pref 50 not to 10.1.2.0/24 iif veth1 nop
ip -d rule
ip route get 192.0.2.77 from 203.0.113.1 iif veth0 ipproto udp
ip rule show table 100
ip rule
ip route show table all
