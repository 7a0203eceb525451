# Seeded random policy-routing scenario (seed 196), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 100
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route add prohibit 203.0.113.16/28 table 200
ip route add blackhole 10.1.2.0/24 table 200
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip route add 10.1.2.3 dev veth1 table main
ip route add default via 192.0.2.3 table main
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table main
ip route show table 200
ip rule add ipproto udp to 172.16.0.0/12 nop
ip route get 198.51.100.1 from 10.1.2.3 mark 0x100 tos 0x10 ipproto 1 sport 1000 dport 80
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip route get 172.16.1.1 from 10.1.2.3 uid 0 ipproto tcp sport 1000 dport 1000
ip route get 192.0.2.77 from 198.51.100.9
ip rule del not ipproto 1
ip link set veth0 up
ip route get 10.1.2.9
ip rule add pref 100 tos 0x08 table 200 suppress_ifgroup 0
ip rule del uidrange 0-0 ipproto tcp ipproto udp goto 300
ip rule add pref 100 dport 2000-2474 prohibit
ip route get 127.0.0.1 uid 50
ip route get 10.1.2.9 from 198.51.100.9 oif veth2
ip route del 10.0.0.0/8 table main
ip rule add pref 200 not ipproto 1 sport 2000-2064 table 100 suppress_prefixlength 16
ip -d rule
sysctl -w net.ipv4.ip_forward=0
ip rule show
sysctl -w net.ipv4.ip_forward=0
ip -j rule
ip route get 172.16.1.1 from 192.0.2.1
ip route get 192.0.2.77
ip route add 0.0.0.0/1 dev veth1 table 300
ip rule list pref 100
ip route show table 200
ip rule del oif veth2 sport 1000
ip route get 203.0.113.20 tos 0x10
ip rule show table 100
ip rule add pref 300 tos 0x08 tos lowdelay oif veth0 table 100
ip route get 172.16.1.1 from 198.51.100.1 ipproto 1 sport 1000 dport 2001
ip rule list pref 100
ip rule add pref 300 iif veth1 sport 2000 nop
ip route get 192.0.2.77 from 203.0.113.1 uid 1500 ipproto tcp
ip route get 203.0.113.20 iif veth3
ip rule add pref 200 not tos 0x08 unreachable
ip -d rule
ip route get 10.1.2.3 uid 0
ip route get 10.1.2.3 from 198.51.100.1 iif veth1 ipproto tcp
ip route get 203.0.113.20 from 198.51.100.9
ip rule show table 100
ip route del default table main
ip route get 172.16.1.1
ip route add throw 10.1.2.3 table main
ip rule add ipproto 1 from all unreachable
ip route get 8.8.8.8 ipproto 1 sport 1500 dport 80 fibmatch
ip route get 10.1.2.3 ipproto udp
ip route get 192.0.2.77 mark 0x100 ipproto 1
ip rule add to 172.16.0.0/12 blackhole
ip route show table all
ip route del 10.1.2.3 table 300
ip route get 10.1.2.9 mark 7
ip route get 198.51.100.1 oif veth0 uid 50
ip route get 172.16.1.1
ip route get 198.51.100.1 from 192.0.2.1 iif veth0 ipproto 1
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip rule add pref 32000 dport 1000-2551 iif veth3 goto 300
ip rule del pref 200
ip rule
ip route show table all
