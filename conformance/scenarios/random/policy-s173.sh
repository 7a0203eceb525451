# Seeded random policy-routing scenario (seed 173), from conformance/generators/policy.ts.
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
ip route add prohibit 172.16.0.0/12 metric 10 table 100
ip route add default via 198.51.100.2 table 100
ip route add default via 198.51.100.2 table 100
ip route add 0.0.0.0/1 dev veth0 table 200
ip route add 0.0.0.0/1 dev veth2 metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip route add prohibit 0.0.0.0/1 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add 10.1.2.3 dev veth0 metric 10 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table main
ip route add default dev veth0 table main
ip route add blackhole 0.0.0.0/1 table main
ip route add prohibit 10.1.2.3 metric 10 table main
ip route add 10.1.2.3 via 198.51.100.2 table main
ip route show table 200
ip rule add pref 100 not ipproto 1 lookup 200
ip route del default table 200
ip route add prohibit default table 300
ip rule add pref 50 sport 1000-1046 table main suppress_prefixlength 0
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 mark 7 fibmatch
ip route get 172.16.1.1 from 203.0.113.5 oif veth2 mark 0x100 ipproto udp sport 0 dport 1000
ip rule del pref 32000
ip route get 10.1.2.3 oif veth0 mark 0x100
ip rule
ip route get 192.0.2.77 mark 0x13 uid 0 ipproto 1 sport 1000 dport 1000 fibmatch
ip route get 8.8.8.8 from 198.51.100.1 mark 3 tos 0x08 ipproto 1 sport 1000 dport 2001
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route add prohibit 10.1.2.0/24 table 200
ip rule add ipproto udp ipproto udp ipproto udp nop
ip route del 203.0.113.16/28 table 300
ip route get 192.0.2.77 iif veth3 mark 7 ipproto tcp sport 0 dport 2001
ip rule del tos 0x10 from all blackhole
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 mark 0x100
ip rule add iif veth3 table 100 suppress_prefixlength 16
ip route get 8.8.8.8 from 198.51.100.9 iif veth0
ip link set veth0 down
ip rule show
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 10.1.2.3 from 198.51.100.1 mark 0x13 uid 0
ip rule
ip rule add pref 100 not from 192.0.2.0/24 iif veth3 oif veth2 lookup 200
ip route get 10.1.2.3 oif veth0
ip rule del oif veth0 uidrange 0-100
ip -j rule
ip route get 10.1.9.9 ipproto udp fibmatch
ip route get 10.1.2.3 tos 0x10 ipproto 1
ip route get 8.8.8.8
ip route get 10.1.2.3 from 10.1.2.3 iif veth0 mark 3 ipproto udp sport 0 dport 80
ip route get 10.0.0.1 from 203.0.113.1 iif veth1 tos 0x08
ip route get 192.0.2.77 from 203.0.113.5 mark 7
ip route get 10.1.2.9 from 10.1.2.3 mark 3 tos 0x08 ipproto udp sport 0 dport 1000
ip route add 0.0.0.0/1 dev veth1 table 200
ip rule del pref 300
ip rule add pref 50 tos 0x10 uidrange 0-0 ipproto udp goto 32000
ip route get 203.0.113.20 from 10.1.2.3 mark 0x100 tos 0x10
ip route get 192.0.2.77 uid 1500
ip route get 172.16.1.1 iif veth1 fibmatch
ip route get 192.0.2.77 ipproto tcp sport 1000 dport 2001
ip rule add pref 50 tos 0x10 uidrange 0-0 blackhole
ip rule show
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip rule show table 100
ip route add default via 198.51.100.2 metric 10 table 300
ip route add 10.1.2.3 dev veth0 table 300
ip rule add dport 0-622 sport 1000-2861 to 10.0.0.0/8 table main suppress_prefixlength 0
ip rule add pref 200 from all to 10.0.0.0/8 goto 50
ip rule add pref 300 not to 8.8.8.8 nop
ip route get 127.0.0.1 from 198.51.100.1 oif veth2
ip rule show
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add pref 32000 sport 0 goto 50
ip rule
ip route show table all
