# Seeded random policy-routing scenario (seed 130), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip route add 172.16.0.0/12 dev veth1 metric 10 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add 0.0.0.0/1 dev veth1 table 300
ip route add blackhole 10.1.2.0/24 table 300
ip route add 172.16.0.0/12 dev veth0 metric 10 table 300
ip route add unreachable 172.16.0.0/12 table main
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route add 10.1.2.0/24 via 198.51.100.2 table main
ip route show table 200
ip rule add to 8.8.8.8 table 100 suppress_prefixlength 16
ip route show table 200
ip link set veth0 down
ip rule del fwmark 7 sport 2000-3013 blackhole
ip rule add uidrange 0-0 uidrange 0-100 oif veth0 table 200 suppress_ifgroup 5
ip route get 10.0.0.1 from 198.51.100.9 fibmatch
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table main
ip -d rule
ip rule del from 192.0.2.0/24 to 8.8.8.8 nop
ip rule add pref 300 to 8.8.8.8 table 200 suppress_ifgroup 0
ip route del 10.1.0.0/16 table 300
ip rule add pref 50 from 192.0.2.0/24 prohibit
ip rule add pref 32000 dport 0-172 dport 1000-1683 nop
ip route get 172.16.1.1 from 192.0.2.1
ip rule add pref 100 fwmark 0x10/0xf0 lookup 100
ip route add unreachable 172.16.0.0/12 table 100
ip rule add ipproto udp table 100 suppress_prefixlength 16
ip route add prohibit 203.0.113.16/28 table main
ip -j rule
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table main
ip route del 203.0.113.16/28 table 100
ip link set veth2 up
ip route get 10.1.9.9 tos 0x08
ip route add throw 203.0.113.16/28 table 300
ip route get 203.0.113.20 iif veth1 tos 0x10 ipproto tcp sport 2500 dport 80
ip rule del ipproto 1 uidrange 1000-2000 fwmark 7 table 100 suppress_prefixlength 0
ip rule add iif lo table 200
ip rule add from 203.0.113.0/28 sport 0-1723 nop
ip route get 192.0.2.77 iif veth0
ip route get 10.1.2.3 from 203.0.113.5
ip route get 10.0.0.1 fibmatch
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 mark 0x13
ip route get 8.8.8.8 from 192.0.2.1 ipproto 1
ip rule add pref 200 to 10.1.2.0/24 tos 0x08 prohibit
ip route del 10.1.0.0/16 table 300
ip route get 198.51.100.1 from 10.1.2.3 oif veth2
ip rule del iif lo iif lo unreachable
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip rule add to 10.1.2.0/24 uidrange 0-0 prohibit
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip rule add pref 300 sport 2000-3684 iif veth3 nop
ip route get 172.16.1.1 from 203.0.113.1 uid 50
ip route add unreachable 10.1.2.3 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table 100
ip route get 10.1.2.9 from 198.51.100.1 iif veth1 uid 1500
ip rule add pref 100 iif veth1 table 200
ip route add 10.1.2.3 dev veth1 table 100
ip rule del not sport 2000 fwmark 3/3 table 100
ip route add throw 10.1.0.0/16 table main
ip rule add tos lowdelay nop
ip route get 10.1.2.3 from 198.51.100.9 iif veth3
ip route get 172.16.1.1 from 198.51.100.1 oif veth2 mark 0x13
ip rule
ip route get 198.51.100.1 from 203.0.113.1 oif veth2 uid 1500 ipproto 1
ip route add unreachable 10.0.0.0/8 table 100
ip route get 172.16.1.1 oif veth0 mark 0x100
ip route get 10.0.0.1 iif veth0
ip rule add pref 200 iif lo nop
ip route get 192.0.2.77 ipproto udp sport 2500 dport 1000
ip rule
ip route show table all
