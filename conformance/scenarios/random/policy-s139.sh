# Seeded random policy-routing scenario (seed 139), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.2.0/24 table 100
ip route add 10.0.0.0/8 dev veth1 table 100
ip route add unreachable 10.1.2.0/24 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add prohibit 203.0.113.16/28 table 200
ip route add unreachable 10.1.0.0/16 table 300
ip route add 10.1.2.3 via 203.0.113.2 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table main
ip route add throw 10.1.2.0/24 metric 10 table main
ip route add unreachable 172.16.0.0/12 table main
ip rule add pref 50 oif veth0 ipproto tcp sport 0 goto 50
ip rule del iif veth3 prohibit
ip rule show
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route get 10.1.9.9 iif veth0 mark 0x13 tos 0x08
ip rule add to 172.16.0.0/12 dport 2000 table main suppress_prefixlength 0
ip rule add pref 50 sport 1000-2105 to 172.16.0.0/12 goto 50
ip route get 198.51.100.1 iif veth0 mark 3 ipproto 1 sport 0 dport 2001
ip route get 127.0.0.1 uid 1500
ip -j rule
ip rule list pref 100
ip route get 127.0.0.1 from 198.51.100.9 ipproto tcp sport 0 dport 1000
ip rule list pref 100
ip rule add pref 50 ipproto udp lookup 200
ip route get 172.16.1.1 from 10.1.2.3
ip route get 198.51.100.1 tos 0x08 uid 1500
ip rule add uidrange 0-0 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 198.51.100.9 iif veth1 mark 3 tos 0x10
ip route del 10.1.2.0/24 table 100
ip route get 10.1.2.9 mark 7 ipproto 1 sport 0 dport 80
ip -j rule
ip rule add pref 32000 from 198.51.100.1 lookup 200
ip rule add oif veth0 table main suppress_prefixlength 16
ip route get 127.0.0.1 from 192.0.2.1 fibmatch
ip rule add pref 100 uidrange 1000-2000 ipproto 1 prohibit
ip rule add pref 300 oif veth2 table main suppress_prefixlength 0
ip route get 127.0.0.1 mark 3
ip route get 8.8.8.8
ip route get 10.1.2.3 mark 0x100 ipproto tcp sport 2500 dport 2001 fibmatch
ip route get 127.0.0.1 from 198.51.100.9
ip route get 172.16.1.1 from 198.51.100.1 iif veth0 mark 0x100 tos 0x08 uid 1500
ip route get 8.8.8.8 from 203.0.113.5 ipproto tcp sport 1500 dport 2001
ip rule add pref 300 not ipproto tcp table 200
ip link set veth2 up
ip route get 10.1.2.3 mark 0x100 uid 50
ip rule del uidrange 0-100 from 203.0.113.0/28 blackhole
ip route get 8.8.8.8 from 192.0.2.1 iif veth0 uid 1500
ip route get 10.0.0.1 from 192.0.2.1 oif veth0 mark 0x13 tos 0x10
ip rule show
ip route get 198.51.100.1 mark 7 tos 0x08
ip rule add pref 50 ipproto udp to 10.0.0.0/8 prohibit
ip route get 10.1.9.9 iif veth3
ip route get 8.8.8.8 from 10.1.2.3 uid 0
ip route get 172.16.1.1
ip route get 10.1.2.9 oif veth0 ipproto 1 sport 1500 dport 2001
ip route get 10.1.2.3 iif veth1 mark 0x100
ip route get 192.0.2.77 iif veth3 mark 0x13 ipproto tcp sport 2500 dport 1000
ip rule add ipproto tcp prohibit
ip rule add to 172.16.0.0/12 uidrange 0-0 goto 100
ip route add 10.1.2.0/24 dev veth1 table 200
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule del not sport 0-1730 uidrange 0-0 blackhole
ip rule add oif veth2 lookup main
ip rule del uidrange 1000-2000 tos lowdelay
ip route get 203.0.113.20 from 203.0.113.5 iif veth1 uid 50
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route get 10.0.0.1 from 203.0.113.1 tos 0x10 fibmatch
ip rule show
ip route get 10.1.2.3
ip route get 192.0.2.77
ip rule
ip route show table all
