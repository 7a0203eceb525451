# Seeded random policy-routing scenario (seed 5), from conformance/generators/policy.ts.
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
ip route add default dev veth1 metric 10 table 100
ip route add unreachable 10.1.0.0/16 metric 10 table 100
ip route add prohibit default table 100
ip route add prohibit 172.16.0.0/12 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 200
ip route add prohibit 10.1.2.3 table 300
ip route add prohibit 10.1.2.3 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 300
ip route add 10.1.0.0/16 dev veth1 metric 10 table main
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table main
ip route add unreachable 0.0.0.0/1 table main
ip rule
ip route get 172.16.1.1 iif veth0
ip rule add pref 300 ipproto 1 uidrange 1000-2000 oif veth2 table 100
ip route del 172.16.0.0/12 table 300
ip rule add pref 32000 not ipproto tcp ipproto 1 table 200 suppress_ifgroup 5
ip -d rule
ip route get 10.1.2.9
ip rule add fwmark 3/3 to 10.1.2.0/24 iif veth1 nop
ip rule
ip rule
ip route del 10.1.2.0/24 table 100
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 203.0.113.20
ip route get 8.8.8.8
ip route get 172.16.1.1 from 10.1.2.3 tos 0x10
ip route get 192.0.2.77 ipproto udp sport 0 dport 2001
ip rule show
ip rule add pref 200 from all iif lo unreachable
ip rule add pref 200 fwmark 0x10/0xf0 iif veth1 lookup main
ip rule show table 100
ip rule del oif veth0 fwmark 0x10/0xf0
ip -d rule
ip rule del dport 0 table main suppress_prefixlength 16
ip rule add dport 0-789 tos 0x08 ipproto udp table main suppress_prefixlength 16
ip rule del oif veth2 from 203.0.113.0/28 unreachable
ip route get 10.1.9.9 uid 50 fibmatch
ip route get 127.0.0.1 from 198.51.100.1 uid 50
ip route get 8.8.8.8 from 203.0.113.5 iif veth0 mark 0x13
ip route get 192.0.2.77 from 198.51.100.9 mark 3 ipproto 1 sport 1500 dport 80
ip route get 8.8.8.8 iif veth1
ip rule add pref 32000 sport 1000-2630 oif veth0 blackhole
ip rule add tos 0x10 to 10.0.0.0/8 prohibit
ip -d rule
ip route get 10.1.2.9 from 203.0.113.1 mark 0x100 tos 0x10 ipproto 1
ip route get 127.0.0.1 mark 0x100
ip route get 10.1.2.3 from 203.0.113.1 iif veth3 tos 0x10
ip route get 198.51.100.1 iif veth3
ip route del 10.0.0.0/8 table main
ip route get 10.1.2.9 oif veth0 mark 7
ip rule show
ip -d rule
ip route get 10.1.2.3
ip rule del from 203.0.113.0/28
ip route get 8.8.8.8 from 192.0.2.1 iif veth0
ip rule add pref 300 tos 0x08 table 100 suppress_prefixlength 8
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 ipproto tcp sport 2500 dport 2001
ip route get 10.0.0.1 from 203.0.113.1 oif veth0 mark 7 ipproto udp
ip -d rule
ip rule add pref 50 fwmark 0x10/0xf0 uidrange 0-100 goto 300
ip route get 192.0.2.77 from 192.0.2.1 mark 0x13
ip rule show
ip route get 10.0.0.1
ip rule add dport 1000 sport 1000-2367 dport 1000 goto 32000
ip route get 203.0.113.20 uid 50
ip route get 10.1.9.9 from 10.1.2.3 iif veth3
ip route add 203.0.113.16/28 via 192.0.2.2 table 300
ip route add 10.0.0.0/8 dev veth1 metric 10 table 300
ip rule add tos lowdelay to 10.0.0.0/8 blackhole
ip route get 127.0.0.1 from 198.51.100.1 ipproto tcp sport 1500 dport 1000
ip route show table 200
ip rule
ip route show table all
