# Seeded random policy-routing scenario (seed 119), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 dev veth1 table 100
ip route add prohibit 203.0.113.16/28 metric 10 table 100
ip route add prohibit 10.1.2.0/24 table 100
ip route add throw 0.0.0.0/1 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add unreachable 0.0.0.0/1 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add throw 10.1.2.3 table 300
ip route add prohibit 172.16.0.0/12 table main
ip route add blackhole 203.0.113.16/28 table main
ip route add 203.0.113.16/28 dev veth1 metric 10 table main
ip rule add uidrange 0-100 table main suppress_prefixlength 16
ip route get 10.1.9.9 from 203.0.113.1 iif veth1 uid 0 ipproto 1 sport 1000 dport 2001
ip rule
ip rule
ip route get 10.1.2.3 iif veth0
ip rule del ipproto tcp uidrange 0-100 dport 2000-2821
ip rule add pref 32000 sport 0-459 prohibit
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip rule add uidrange 1000-2000 unreachable
ip rule add pref 200 dport 1000-1217 ipproto tcp table 200 suppress_ifgroup 0
ip route get 10.1.9.9 from 203.0.113.5 tos 0x08
ip -d rule
ip route get 10.1.9.9 from 10.1.2.3 iif veth3
ip route add default via 198.51.100.2 metric 10 table 300
ip rule add pref 32000 uidrange 0-100 tos lowdelay lookup 200
ip link set veth0 down
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 198.51.100.9
ip rule add to 8.8.8.8 table 100
ip rule list pref 100
ip rule list pref 100
ip rule list pref 100
ip route add 10.1.2.3 dev veth1 metric 10 table 100
ip route get 203.0.113.20 from 198.51.100.1 iif veth0 uid 50 ipproto 1 sport 1000 dport 1000
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip rule show
ip rule add pref 100 not ipproto udp goto 200
ip route add default dev veth1 table 300
ip route get 10.1.2.3
ip rule del sport 2000-2166
ip route get 10.1.2.3 uid 50 fibmatch
ip rule add uidrange 0-0 to 8.8.8.8 table 200
ip -d rule
ip route get 203.0.113.20 oif veth2 tos 0x10 fibmatch
ip rule del pref 300
ip rule del from 198.51.100.1 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip route get 192.0.2.77 ipproto udp sport 0 dport 80
ip route add default dev veth2 table 100
ip rule add pref 32000 from all to 172.16.0.0/12 from 203.0.113.0/28 nop
ip route get 10.1.9.9 from 10.1.2.3 oif veth2 mark 0x100 tos 0x10 ipproto 1 sport 0 dport 1000
ip route get 10.1.2.9 mark 0x13 tos 0x08
ip rule add pref 50 iif veth3 table 100 suppress_prefixlength 0
ip rule add oif veth2 iif lo uidrange 0-0 lookup 100
ip rule add pref 50 tos lowdelay sport 0-199 from 192.0.2.0/24 table 200
ip route add prohibit 10.1.0.0/16 table 100
ip rule list pref 100
ip rule show
ip route get 198.51.100.1 mark 0x100
ip rule add uidrange 0-100 ipproto 1 table 200
ip rule add pref 200 sport 2000 ipproto udp table 200
ip rule add pref 100 tos 0x10 tos 0x08 blackhole
ip route get 198.51.100.1 uid 1500
ip rule
ip route del default table 300
ip route get 10.0.0.1 mark 0x100 tos 0x08 ipproto 1 sport 1000 dport 80
ip route get 198.51.100.1 from 198.51.100.1 mark 0x100 tos 0x08
ip route add unreachable 10.1.2.0/24 table 100
ip route get 203.0.113.20 from 198.51.100.9 iif veth3 ipproto 1 sport 1500 dport 1000
ip route get 10.1.2.3 iif veth3 ipproto tcp sport 0 dport 80
ip route get 10.1.2.3 tos 0x08 ipproto 1 sport 1500 dport 80
ip rule
ip route show table all
