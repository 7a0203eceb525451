# Seeded random policy-routing scenario (seed 75), from conformance/generators/policy.ts.
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
ip route add prohibit 203.0.113.16/28 table 100
ip route add blackhole 10.1.0.0/16 table 100
ip route add 10.1.2.0/24 dev veth2 metric 10 table 100
ip route add throw default table 200
ip route add throw 10.0.0.0/8 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 300
ip route add throw 10.0.0.0/8 table 300
ip route add unreachable 10.1.2.0/24 table main
ip route add blackhole 10.1.2.3 metric 10 table main
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table main
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip route get 198.51.100.1 from 203.0.113.5
ip -j rule
ip rule show table 100
ip rule show
ip route del 10.1.0.0/16 table 100
ip rule
sysctl -w net.ipv4.ip_forward=0
ip route get 10.0.0.1 from 192.0.2.1 mark 0x13 tos 0x10
ip route get 8.8.8.8 from 10.1.2.3 iif veth0
ip route get 10.1.2.3 from 198.51.100.9 mark 0x100 tos 0x08 ipproto udp
ip rule del dport 1000 oif veth0 table main suppress_prefixlength 0
ip rule add pref 200 iif veth3 nop
ip route get 10.0.0.1 mark 7
ip rule show table 100
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table main
ip rule add pref 100 to 10.1.2.0/24 table 100
ip route show table 200
ip route get 10.0.0.1 from 203.0.113.1 ipproto udp sport 1500 dport 2001
ip rule add pref 300 not tos lowdelay unreachable
ip rule add tos lowdelay iif lo table 200
ip route get 10.1.9.9 from 198.51.100.9 oif veth0
ip rule add pref 300 fwmark 3/3 table 200 suppress_ifgroup 5
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip rule add pref 100 not uidrange 0-0 iif veth3 ipproto 1 goto 300
ip rule add uidrange 0-0 oif veth2 table main suppress_prefixlength 16
ip route get 8.8.8.8 from 203.0.113.5 oif veth0
ip route get 198.51.100.1 mark 3 ipproto udp sport 1500 dport 2001
ip rule add pref 100 iif lo to 10.0.0.0/8 unreachable
ip route get 203.0.113.20 from 192.0.2.1
ip route get 172.16.1.1 from 198.51.100.9 oif veth0 mark 0x100 uid 1500 ipproto tcp fibmatch
ip rule add pref 200 sport 1000 blackhole
ip route get 8.8.8.8 from 203.0.113.1 oif veth2 ipproto 1 sport 2500 dport 2001
ip -d rule
ip rule add ipproto tcp blackhole
ip rule add pref 300 sport 1000-2919 table 300
ip route get 192.0.2.77 uid 1500 ipproto 1 sport 1500 dport 80
ip rule add pref 300 to 10.1.2.0/24 table main suppress_prefixlength 16
ip rule show
ip route get 10.1.2.3
ip route get 10.0.0.1 from 203.0.113.5
ip rule add pref 300 dport 0-1259 goto 32000
ip route get 10.0.0.1 tos 0x08
ip route get 10.0.0.1 from 198.51.100.9 mark 0x100 tos 0x08 ipproto udp
ip rule add pref 300 to 8.8.8.8 nop
ip route get 10.1.2.9 from 10.1.2.3
ip route del 10.0.0.0/8 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip rule add pref 200 not tos 0x10 table 100 suppress_prefixlength 0
ip rule add pref 200 uidrange 0-100 iif lo table 100 suppress_prefixlength 0
ip route get 172.16.1.1 ipproto tcp sport 1500 dport 80
ip rule add fwmark 3/3 from 10.0.0.0/8 unreachable
sysctl -w net.ipv4.ip_forward=0
ip route add default via 203.0.113.2 table main
ip route get 203.0.113.20 from 203.0.113.5 mark 3 tos 0x10
ip route add blackhole default table 100
ip rule show
ip route get 8.8.8.8 from 198.51.100.1 tos 0x10
ip route get 192.0.2.77 from 192.0.2.1
ip route add default via 192.0.2.3 table 200
ip rule
ip route show table all
