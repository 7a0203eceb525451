# Seeded random policy-routing scenario (seed 78), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth0 table 100
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.1.0.0/16 dev veth1 table 100
ip route add blackhole 0.0.0.0/1 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add 10.1.2.0/24 dev veth0 table 200
ip route add 10.1.0.0/16 dev veth1 metric 10 table 300
ip route add prohibit default table 300
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table main
ip route add unreachable 0.0.0.0/1 table main
ip route add prohibit 10.1.2.3 metric 10 table main
ip rule add pref 100 to 172.16.0.0/12 from 198.51.100.1 oif veth2 goto 32000
ip route add prohibit default table 100
ip -j rule
ip rule add pref 100 uidrange 1000-2000 uidrange 0-100 table 100
ip route get 10.1.2.3 ipproto 1 sport 0 dport 2001
ip route get 127.0.0.1 from 192.0.2.1
ip route add blackhole default table main
ip route add 0.0.0.0/1 dev veth1 table main
ip route get 203.0.113.20
ip route add default via 198.51.100.2 metric 10 table 200
ip route get 127.0.0.1 tos 0x10
ip rule add pref 300 fwmark 0x100 dport 2000-2164 table 100 suppress_prefixlength 8
ip route del 10.1.2.0/24 table 100
ip rule show
ip rule add sport 0-185 ipproto tcp table 200 suppress_ifgroup 5
ip route get 8.8.8.8 from 198.51.100.9
ip route del 10.1.2.3 table 200
ip rule add pref 200 dport 0 lookup 100
ip route show table 200
ip route add prohibit 0.0.0.0/1 table 300
ip route show table all
ip rule add pref 50 not to 8.8.8.8 prohibit
ip rule add ipproto 1 to 172.16.0.0/12 prohibit
ip route get 127.0.0.1 from 198.51.100.9
sysctl -w net.ipv4.ip_forward=0
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 200
ip rule list pref 100
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 100 not tos lowdelay iif lo prohibit
ip rule add uidrange 1000-2000 lookup 100
ip route get 172.16.1.1 mark 0x13 fibmatch
ip route add 172.16.0.0/12 dev veth0 table main
ip rule add pref 300 ipproto 1 table main suppress_prefixlength 16
ip rule del dport 2000-2176
ip route get 10.1.2.3 mark 3 uid 50
ip route del 203.0.113.16/28 table 300
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route get 192.0.2.77 iif veth3 mark 3 tos 0x10
ip route get 198.51.100.1 from 203.0.113.1 iif veth0 mark 0x13
ip rule add pref 50 uidrange 1000-2000 from all nop
ip rule add pref 100 from 198.51.100.1 tos lowdelay uidrange 0-0 unreachable
ip route get 10.1.2.3 from 203.0.113.1
sysctl -w net.ipv4.ip_forward=0
ip rule add to 8.8.8.8 table main suppress_prefixlength 8
ip route get 8.8.8.8 from 10.1.2.3 uid 1500 ipproto 1 sport 1000 dport 2001
ip route get 198.51.100.1 oif veth0
ip rule add sport 2000-3474 ipproto udp uidrange 1000-2000 table 200 suppress_ifgroup 5
ip rule add pref 300 iif lo prohibit
ip route get 10.0.0.1
ip route show table 200
ip route show table 200
ip rule del not dport 1000 tos 0x10 tos lowdelay
ip rule list pref 100
sysctl -w net.ipv4.ip_forward=1
ip rule add sport 0 iif veth1 from 203.0.113.0/28 blackhole
ip rule show
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 table 200
ip rule add pref 50 iif veth0 fwmark 0x100 table 100 suppress_prefixlength 16
ip route get 10.1.9.9 oif veth2
ip rule
ip route show table all
