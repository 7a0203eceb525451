# Seeded random policy-routing scenario (seed 185), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip route add 10.1.2.3 dev veth2 table 100
ip route add blackhole 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 203.0.113.16/28 dev veth1 metric 10 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table main
ip route add unreachable 10.1.0.0/16 table main
ip route add 10.1.0.0/16 via 192.0.2.3 table main
ip rule add pref 100 sport 1000 nop
ip route get 198.51.100.1 iif veth0 mark 0x100 tos 0x08 ipproto tcp sport 0 dport 2001
ip route get 10.1.9.9 from 192.0.2.1 oif veth2 mark 3
ip rule show table 100
ip rule add pref 200 oif veth2 goto 50
ip route add blackhole 203.0.113.16/28 table 100
ip route get 127.0.0.1 from 198.51.100.9
ip rule add sport 1000 oif veth0 goto 300
ip route get 10.1.2.9 from 203.0.113.5 tos 0x08 ipproto udp sport 1500 dport 2001
ip route get 10.1.9.9 oif veth2 mark 3 ipproto udp sport 2500 dport 80
ip route get 8.8.8.8 from 10.1.2.3
ip rule add pref 100 ipproto udp table 100
ip rule
ip route get 203.0.113.20
ip rule add pref 300 not ipproto udp table main suppress_prefixlength 8
ip route get 172.16.1.1 tos 0x08 uid 0
ip route add 10.1.0.0/16 via 192.0.2.3 table 200
ip route get 10.1.2.3 from 198.51.100.1 ipproto 1
sysctl -w net.ipv4.ip_forward=1
ip -j rule
ip route get 10.0.0.1 iif veth0 ipproto 1 sport 1500 dport 80 fibmatch
ip route get 203.0.113.20 tos 0x10 uid 0
ip route get 10.1.2.3 from 198.51.100.9
ip -j rule
ip route add throw 10.0.0.0/8 table 200
ip rule
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule add pref 32000 sport 0-1204 ipproto tcp table 200
ip route get 198.51.100.1 tos 0x10 ipproto udp sport 0 dport 2001
ip route del 0.0.0.0/1 table 100
ip rule del pref 32000
ip route get 198.51.100.1 from 198.51.100.1 iif veth1 uid 50
ip rule show table 100
ip rule show
ip route show table all
ip rule del oif veth0 ipproto tcp
ip route get 10.1.2.3 from 10.1.2.3 uid 1500
ip route get 198.51.100.1 from 198.51.100.1 ipproto udp sport 2500 dport 1000
ip rule add pref 300 from 192.0.2.0/24 sport 1000-2720 nop
ip route get 10.1.2.9 mark 3 tos 0x10 ipproto 1 sport 0 dport 2001
ip route get 203.0.113.20 mark 0x13 uid 1500 ipproto tcp sport 2500 dport 80
ip route del 10.1.0.0/16 table 300
ip route get 192.0.2.77 from 203.0.113.1
ip route add prohibit 203.0.113.16/28 metric 10 table 100
ip route add unreachable 10.1.2.0/24 table 200
ip route get 10.1.2.9 from 198.51.100.9
ip rule show
ip route get 10.1.2.9 from 10.1.2.3 ipproto udp
ip rule add pref 200 ipproto tcp uidrange 1000-2000 lookup 100
ip route show table 200
ip rule add dport 0-463 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.ip_forward=1
ip route add prohibit default table 100
ip route add throw 203.0.113.16/28 metric 10 table 300
ip rule add pref 32000 tos 0x10 fwmark 7 table 200 suppress_ifgroup 0
ip rule add oif veth2 to 8.8.8.8 prohibit
sysctl -w net.ipv4.ip_forward=1
ip -d rule
ip route del 0.0.0.0/1 table 300
ip rule add uidrange 0-100 sport 2000-3696 to 8.8.8.8 table 100 suppress_prefixlength 0
ip rule
ip route show table all
