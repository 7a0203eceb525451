# Seeded random policy-routing scenario (seed 10), from conformance/generators/policy.ts.
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
ip route add unreachable 0.0.0.0/1 metric 10 table 100
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 200
ip route add throw default table 200
ip route add throw 203.0.113.16/28 metric 10 table 300
ip route add unreachable 10.1.2.0/24 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table main
ip route add 172.16.0.0/12 dev veth1 metric 10 table main
ip route add blackhole 10.1.0.0/16 table main
ip route show table 200
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route get 172.16.1.1 oif veth2 mark 3 ipproto udp sport 2500 dport 1000
ip route get 8.8.8.8 from 203.0.113.1 uid 50 ipproto tcp sport 2500 dport 80
ip route get 10.1.2.3
ip route get 10.1.9.9 from 198.51.100.9 iif veth3
ip route get 198.51.100.1 from 203.0.113.5 iif veth1 tos 0x10
ip route add blackhole 203.0.113.16/28 metric 10 table 200
ip rule add pref 32000 dport 0-1176 ipproto 1 nop
ip route get 127.0.0.1 from 10.1.2.3 tos 0x08
ip route show table all
ip rule del from 198.51.100.1 uidrange 0-0 table 200 suppress_ifgroup 0
ip rule add pref 32000 from 203.0.113.0/28 ipproto 1 table 300
ip -j rule
ip rule add tos 0x10 ipproto udp nop
ip rule show table 100
ip route add unreachable 10.1.0.0/16 table 300
ip route get 8.8.8.8 from 192.0.2.1 iif veth0 mark 0x13 uid 1500 ipproto 1 sport 0 dport 2001
ip route get 8.8.8.8 ipproto 1 sport 1000 dport 2001
ip rule add pref 32000 iif veth1 table main suppress_prefixlength 16
ip rule del pref 32000
ip rule add pref 50 fwmark 0x10/0xf0 uidrange 1000-2000 from 10.0.0.0/8 table 100 suppress_prefixlength 16
ip -d rule
ip route get 8.8.8.8 iif veth3 mark 0x100 tos 0x08
ip rule add pref 32000 from 203.0.113.0/28 lookup main
ip -d rule
ip rule add ipproto udp nop
ip route show table all
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip route get 172.16.1.1 from 198.51.100.9 mark 7 tos 0x10 fibmatch
ip rule
ip route add 10.1.2.0/24 via 192.0.2.3 table 100
ip rule add fwmark 7 lookup main
ip route get 8.8.8.8 iif veth0 mark 0x100
ip rule add pref 100 ipproto 1 iif veth1 goto 200
ip rule add fwmark 0x100 tos 0x08 to 10.1.2.0/24 goto 300
ip route get 10.0.0.1 from 10.1.2.3 tos 0x08 ipproto 1
ip route get 192.0.2.77 from 203.0.113.1 uid 50
ip route get 192.0.2.77 from 198.51.100.1 iif veth3
ip route add unreachable 10.1.2.3 table 100
ip -d rule
ip rule add oif veth2 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table main
ip rule add iif lo dport 1000 table 200
ip route del 10.1.2.0/24 table main
ip route get 172.16.1.1 from 192.0.2.1 tos 0x08
ip rule add iif lo table 200 suppress_ifgroup 0
ip rule show table 100
ip route add blackhole default table 100
ip rule del pref 32000
ip route get 172.16.1.1 from 203.0.113.5 mark 0x13 uid 50
ip route get 127.0.0.1 from 203.0.113.5
ip rule add pref 100 iif veth1 table 200
ip rule add from 203.0.113.0/28 fwmark 3/3 table 200 suppress_ifgroup 0
ip route show table all
ip rule add pref 100 uidrange 0-100 unreachable
ip rule add dport 0-348 fwmark 0x10/0xf0 table 100 suppress_prefixlength 16
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add iif lo table 100
ip rule add pref 50 to 10.0.0.0/8 sport 1000 oif veth2 table 200
ip rule
ip route show table all
