# Seeded random policy-routing scenario (seed 96), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 203.0.113.2 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 100
ip route add unreachable 10.0.0.0/8 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add throw 10.1.2.0/24 table 300
ip route add blackhole 10.0.0.0/8 table 300
ip route add prohibit 10.1.2.0/24 table 300
ip route add 10.0.0.0/8 dev veth2 metric 10 table main
ip route add 0.0.0.0/1 dev veth0 metric 10 table main
ip route add default dev veth2 table main
ip route add prohibit 10.1.2.0/24 metric 10 table 200
ip route get 10.1.2.3
ip route get 10.1.9.9
ip route show table 200
ip route get 127.0.0.1 from 203.0.113.5 fibmatch
ip route del 0.0.0.0/1 table 100
ip route add prohibit 10.1.2.0/24 table 200
ip rule del oif veth0 to 10.0.0.0/8 from 192.0.2.0/24 prohibit
ip rule del pref 50
ip route del 0.0.0.0/1 table main
ip route get 198.51.100.1 from 198.51.100.1 iif veth1
ip -d rule
ip route get 127.0.0.1 from 203.0.113.1 iif veth0 mark 0x100 tos 0x08
ip route get 203.0.113.20 uid 1500
ip route get 127.0.0.1 from 10.1.2.3 oif veth0 fibmatch
ip route get 127.0.0.1 from 198.51.100.9 tos 0x08
ip route get 10.0.0.1 from 203.0.113.1 iif veth3 mark 0x13 tos 0x08
ip route get 10.1.2.3 from 198.51.100.9 ipproto tcp sport 0 dport 2001
ip route get 10.1.9.9
ip rule del not oif veth2 ipproto tcp table 200 suppress_ifgroup 0
ip rule show
ip rule add pref 200 uidrange 1000-2000 nop
ip route get 8.8.8.8 from 10.1.2.3
ip route add throw 172.16.0.0/12 metric 10 table main
ip route get 10.1.2.9 from 10.1.2.3 iif veth1 mark 0x13
ip rule list pref 100
ip route del 0.0.0.0/1 table main
ip -d rule
ip route get 198.51.100.1 from 203.0.113.5 oif veth2 mark 0x13
ip rule add pref 50 dport 0-643 fwmark 0x100 table 200 suppress_ifgroup 0
ip rule add pref 50 ipproto udp blackhole
ip route add unreachable 172.16.0.0/12 table 100
ip rule add dport 2000 lookup 100
ip route add unreachable 10.0.0.0/8 table 200
ip rule add pref 100 iif lo to 172.16.0.0/12 uidrange 0-100 table 100 suppress_prefixlength 0
ip rule add pref 50 dport 2000 sport 2000 tos lowdelay goto 32000
ip -j rule
ip route get 10.1.2.3 from 192.0.2.1 uid 0
ip route get 10.1.9.9 oif veth2 mark 0x100
ip route add throw 0.0.0.0/1 table main
ip rule add pref 300 tos 0x08 uidrange 0-100 from 192.0.2.0/24 blackhole
ip rule add pref 32000 from 192.0.2.0/24 from 203.0.113.0/28 dport 2000-2557 prohibit
ip rule add to 8.8.8.8 tos 0x10 table 100 suppress_prefixlength 8
ip rule add pref 32000 ipproto tcp blackhole
ip rule add fwmark 3/3 from 10.0.0.0/8 lookup 100
ip rule list pref 100
ip rule
ip rule add pref 100 dport 2000-3264 from all nop
ip route get 10.1.2.3 from 203.0.113.5 ipproto tcp sport 1000 dport 1000
ip rule
ip rule add from 10.0.0.0/8 nop
ip route del 203.0.113.16/28 table 300
ip rule del tos lowdelay sport 2000-2796
ip route show table all
ip route get 198.51.100.1
ip rule add pref 100 not uidrange 0-0 unreachable
sysctl -w net.ipv4.ip_forward=1
ip rule
ip rule show
ip rule add pref 300 not sport 1000-2093 from 192.0.2.0/24 sport 2000 lookup main
ip rule
ip route show table all
