# Seeded random policy-routing scenario (seed 183), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 table 100
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.0/24 dev veth2 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add blackhole 0.0.0.0/1 table 200
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add blackhole 10.1.2.0/24 table main
ip route add throw 10.1.2.3 table main
ip route add throw 10.1.2.3 metric 10 table main
ip route del 10.1.2.0/24 table 300
ip route add 0.0.0.0/1 dev veth1 metric 10 table 200
ip rule add pref 32000 ipproto udp iif veth0 tos 0x10 lookup 200
ip rule add pref 300 ipproto tcp from 192.0.2.0/24 table 200 suppress_ifgroup 0
ip rule add pref 200 uidrange 0-100 from 203.0.113.0/28 nop
ip rule show table 100
ip route get 8.8.8.8 iif veth0 fibmatch
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 100 not tos lowdelay tos lowdelay unreachable
ip rule
ip route show table all
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 200
ip rule del ipproto 1 uidrange 1000-2000 lookup 200
ip rule add not fwmark 7 tos lowdelay prohibit
ip route del 10.1.0.0/16 table 100
ip rule show
ip route get 203.0.113.20 from 203.0.113.1
ip rule add ipproto tcp tos lowdelay prohibit
ip -d rule
ip route get 10.1.9.9 from 203.0.113.1 ipproto tcp sport 0 dport 1000
ip rule add to 8.8.8.8 to 172.16.0.0/12 goto 50
ip rule add iif veth3 from all blackhole
ip rule del pref 200
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip rule add pref 50 not tos 0x08 nop
ip rule add oif veth2 fwmark 0x100 table 300
ip rule add pref 32000 to 10.1.2.0/24 oif veth2 lookup 100
ip rule add dport 2000 to 10.1.2.0/24 table main suppress_prefixlength 0
ip rule del dport 1000 dport 1000-2600
sysctl -w net.ipv4.ip_forward=0
ip route show table all
ip route get 10.1.2.3
ip route get 198.51.100.1 oif veth0 mark 3 uid 1500
ip route get 172.16.1.1 mark 7
ip rule
ip rule add pref 200 uidrange 1000-2000 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 198.51.100.1 uid 50
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 8.8.8.8 from 10.1.2.3 tos 0x08
ip rule add to 10.1.2.0/24 ipproto tcp prohibit
ip rule add pref 300 oif veth2 iif veth0 table 200 suppress_ifgroup 5
ip rule del not ipproto udp dport 0 unreachable
ip rule add pref 200 uidrange 0-0 oif veth0 goto 50
ip rule add dport 0-1786 sport 1000 blackhole
ip rule show
ip rule add pref 32000 ipproto udp tos 0x10 blackhole
ip route get 10.1.9.9 uid 1500 ipproto tcp sport 0 dport 2001
ip rule add pref 200 sport 1000 blackhole
ip rule del pref 50
ip route get 10.1.2.3 oif veth0
ip rule add pref 100 not oif veth0 ipproto udp table main suppress_prefixlength 16
ip route add 172.16.0.0/12 dev veth1 metric 10 table 300
ip rule add pref 100 not tos lowdelay blackhole
ip rule add iif veth0 blackhole
ip link set veth2 up
ip rule del to 8.8.8.8 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 tos 0x08 uid 0
ip rule add pref 32000 sport 0 oif veth2 to 8.8.8.8 table 100
ip rule add pref 50 from 10.0.0.0/8 table main suppress_prefixlength 0
ip route get 10.0.0.1 oif veth2 uid 1500
ip rule
ip route show table all
