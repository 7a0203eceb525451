# Seeded random policy-routing scenario (seed 169), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 200
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add 10.1.0.0/16 via 192.0.2.2 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add default via 203.0.113.2 table main
ip route add unreachable 0.0.0.0/1 metric 10 table main
ip route add 203.0.113.16/28 dev veth1 table main
ip route get 8.8.8.8 from 203.0.113.1 oif veth0 tos 0x10
ip rule add pref 32000 not dport 2000 dport 1000-2017 goto 32000
ip rule add pref 300 sport 1000 sport 2000 lookup main
ip rule del ipproto tcp tos 0x08 sport 1000
ip rule del pref 32000
ip rule add pref 100 fwmark 7 iif veth1 lookup 100
ip rule add pref 32000 fwmark 0x10/0xf0 lookup main
ip rule
ip -d rule
ip route get 10.1.2.9 from 10.1.2.3 oif veth2
ip route get 172.16.1.1 from 198.51.100.9 oif veth0 mark 7
ip route get 10.1.9.9 from 192.0.2.1 mark 3
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 mark 0x13 ipproto tcp
ip rule add pref 200 dport 1000-2927 table 100
ip -j rule
ip rule add sport 0-499 uidrange 1000-2000 goto 100
ip rule add uidrange 0-100 sport 2000-3704 nop
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule list pref 100
ip rule
ip route get 10.1.2.3 mark 0x13 tos 0x08
ip rule add pref 50 uidrange 0-100 table 200 suppress_ifgroup 0
ip rule add pref 50 sport 1000 tos 0x10 table 300
ip -j rule
ip rule add from 10.0.0.0/8 prohibit
ip rule
ip route get 10.1.9.9 from 192.0.2.1 iif veth3
ip -d rule
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip rule show table 100
ip route get 10.1.2.9 oif veth0
ip route get 127.0.0.1 from 203.0.113.1 iif veth0 mark 0x13 ipproto 1
ip rule del fwmark 0x100 ipproto udp
ip rule add to 10.1.2.0/24 to 10.0.0.0/8 uidrange 1000-2000 table 200
ip rule add oif veth0 uidrange 0-0 lookup main
ip rule
ip route get 10.0.0.1
ip route get 172.16.1.1 from 203.0.113.1 mark 3 fibmatch
ip route get 127.0.0.1
ip rule list pref 100
ip route add blackhole 10.1.2.3 table 100
ip route show table all
ip route get 203.0.113.20
ip -d rule
ip route show table all
ip route get 8.8.8.8
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 from 10.1.2.3
ip rule add iif veth1 table 200 suppress_ifgroup 5
ip route get 10.1.9.9 iif veth0 mark 3
ip route get 192.0.2.77 iif veth1 mark 0x13
ip route get 10.1.2.3 iif veth3
ip rule add pref 200 ipproto 1 prohibit
ip route show table 200
ip rule add dport 0-1721 iif veth3 uidrange 0-0 table 200 suppress_ifgroup 5
ip route get 10.1.2.3 mark 3 tos 0x08 uid 50 ipproto 1
ip route get 8.8.8.8 from 203.0.113.1 iif veth0 fibmatch
ip rule add iif lo oif veth0 table 200 suppress_ifgroup 0
ip route add throw 10.1.2.3 metric 10 table 300
ip rule
ip route show table all
