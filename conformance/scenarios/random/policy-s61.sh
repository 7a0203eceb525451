# Seeded random policy-routing scenario (seed 61), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 198.51.100.2 table 100
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip route add 10.1.2.3 via 192.0.2.3 table 100
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 200
ip route add 10.0.0.0/8 dev veth0 table 200
ip route add prohibit 10.1.2.3 metric 10 table 300
ip route add unreachable default table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip route add throw 10.1.2.3 table main
ip route add 10.1.2.0/24 dev veth1 table main
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add not uidrange 0-100 table 100 suppress_prefixlength 8
ip rule add fwmark 0x100 ipproto tcp tos 0x10 goto 50
ip route get 10.1.9.9 from 10.1.2.3
ip link set veth2 up
ip rule add pref 100 iif veth3 prohibit
ip route get 198.51.100.1 from 203.0.113.1 iif veth3 mark 7 uid 1500 ipproto udp sport 1000 dport 80
ip rule del fwmark 0x100
ip route get 10.1.2.9 from 198.51.100.9 iif veth3 tos 0x10 uid 50
ip rule add pref 300 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route get 198.51.100.1
ip route get 10.1.2.9 from 203.0.113.5 iif veth0 tos 0x08
ip route get 198.51.100.1 from 198.51.100.9 fibmatch
ip rule add fwmark 0x10/0xf0 goto 100
ip -d rule
ip route add prohibit 10.1.2.3 metric 10 table main
ip route get 10.0.0.1 mark 3
ip route get 198.51.100.1 uid 0 ipproto tcp
ip rule del pref 300
ip route add prohibit 203.0.113.16/28 metric 10 table main
ip route add unreachable 0.0.0.0/1 table 300
ip rule add pref 50 oif veth2 prohibit
ip -d rule
ip -d rule
ip route get 8.8.8.8 oif veth0
ip rule show table 100
ip route get 10.1.2.9 from 198.51.100.1
ip -d rule
ip route get 192.0.2.77 mark 0x100
ip route show table all
ip route show table all
ip rule add pref 200 tos 0x10 uidrange 0-0 table 200
ip route get 10.1.9.9 uid 50 ipproto 1 sport 0 dport 2001
ip route get 127.0.0.1 from 192.0.2.1 iif veth1
ip route get 10.0.0.1 from 192.0.2.1 mark 7 ipproto tcp sport 2500 dport 80
ip rule del to 10.1.2.0/24
ip rule del sport 0-118
ip link set veth0 down
ip rule
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route get 203.0.113.20 from 198.51.100.9 tos 0x10
ip route get 10.1.9.9 oif veth2 mark 3 uid 50 ipproto 1
ip route del 10.0.0.0/8 table 300
ip route add 10.1.2.0/24 dev veth1 metric 10 table main
ip rule add pref 50 ipproto udp table 200
ip route get 10.0.0.1 from 203.0.113.5
ip rule add pref 32000 uidrange 0-100 blackhole
ip rule add pref 50 fwmark 7 fwmark 7 blackhole
ip route add default via 192.0.2.3 table 100
ip route get 192.0.2.77 from 203.0.113.5 iif veth1 ipproto udp sport 0 dport 1000 fibmatch
ip route get 203.0.113.20 from 203.0.113.5
ip rule add iif veth3 ipproto udp prohibit
ip rule add pref 32000 oif veth2 to 8.8.8.8 tos 0x10 blackhole
ip rule add pref 300 sport 0 table 100
ip rule add tos 0x08 lookup main
ip rule add tos 0x10 oif veth0 unreachable
ip rule del not uidrange 0-0 oif veth2 dport 2000-2703 nop
ip rule del from 198.51.100.1 to 172.16.0.0/12 oif veth2
ip route get 10.0.0.1 from 203.0.113.5 ipproto tcp
ip rule
ip rule
ip route show table all
