# Seeded random policy-routing scenario (seed 144), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 table 100
ip route add blackhole default table 100
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route add blackhole 10.1.0.0/16 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.0.0.0/8 dev veth1 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table main
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip rule add pref 200 fwmark 0x10/0xf0 nop
ip route show table 200
ip route show table 200
ip route get 8.8.8.8 from 198.51.100.9 iif veth3 tos 0x08 uid 0
ip route del 10.0.0.0/8 table 300
ip rule add pref 50 iif lo oif veth2 uidrange 0-0 unreachable
ip route get 192.0.2.77 from 203.0.113.1 mark 0x100 tos 0x10 ipproto 1 sport 1500 dport 1000
ip route get 10.1.2.9
ip route get 172.16.1.1 from 203.0.113.1 ipproto 1
ip route get 10.1.2.3 from 203.0.113.1
ip route get 172.16.1.1 iif veth0
ip route get 192.0.2.77 oif veth0 tos 0x10
ip route get 10.0.0.1 mark 0x100 ipproto 1 sport 2500 dport 80
ip route show table 200
ip -j rule
ip rule add to 8.8.8.8 unreachable
ip rule add pref 200 uidrange 0-100 iif veth3 blackhole
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 10.1.9.9 iif veth0 ipproto udp sport 2500 dport 1000
ip route get 8.8.8.8 from 203.0.113.5 uid 0 ipproto tcp sport 1000 dport 80
ip rule add sport 2000-2649 iif veth3 table 300
ip rule add pref 200 ipproto 1 fwmark 0x100 from 192.0.2.0/24 blackhole
ip rule
ip rule add ipproto 1 goto 100
ip rule del ipproto tcp dport 1000 oif veth0
ip -j rule
ip rule del not to 10.0.0.0/8 iif veth0 lookup 100
ip rule add pref 200 to 8.8.8.8 to 172.16.0.0/12 ipproto 1 lookup 100
ip rule add pref 32000 ipproto tcp to 172.16.0.0/12 uidrange 0-100 unreachable
sysctl -w net.ipv4.ip_forward=0
ip rule add sport 1000 table 200 suppress_ifgroup 0
ip rule del not iif veth3 oif veth2 ipproto 1 table 200
ip rule add pref 100 iif veth1 dport 2000 table main suppress_prefixlength 8
ip rule add sport 1000 iif veth0 from all table 100
ip rule add from all from 198.51.100.1 table main suppress_prefixlength 16
ip rule add sport 0-1530 table 100
ip rule add pref 200 to 172.16.0.0/12 goto 100
ip route get 10.1.2.3 from 10.1.2.3 oif veth0 tos 0x10 ipproto udp
ip route del 172.16.0.0/12 table main
ip rule show table 100
ip rule add pref 100 fwmark 0x100 ipproto 1 goto 100
ip rule add not iif veth1 tos lowdelay uidrange 1000-2000 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip rule show
ip rule add tos lowdelay from all goto 200
ip rule add to 172.16.0.0/12 nop
ip rule show table 100
ip rule add dport 1000-2783 prohibit
ip route get 172.16.1.1 oif veth0 ipproto tcp sport 1000 dport 80
ip route show table 200
ip rule del pref 200
ip route show table 200
ip route get 203.0.113.20 from 203.0.113.5
ip rule add pref 50 fwmark 0x10/0xf0 goto 50
ip route get 10.1.9.9 mark 7 uid 1500 ipproto udp sport 2500 dport 1000 fibmatch
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table main
ip rule add pref 200 ipproto udp to 172.16.0.0/12 prohibit
ip rule del pref 50
ip route get 172.16.1.1 from 10.1.2.3 mark 7
ip -d rule
ip rule
ip route show table all
