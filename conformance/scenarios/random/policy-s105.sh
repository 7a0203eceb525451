# Seeded random policy-routing scenario (seed 105), from conformance/generators/policy.ts.
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
ip route add unreachable default metric 10 table 100
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add 172.16.0.0/12 dev veth2 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 10.0.0.0/8 dev veth2 metric 10 table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip route add throw 10.1.2.3 metric 10 table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table main
ip rule add pref 100 iif veth1 blackhole
ip route get 127.0.0.1 from 203.0.113.5 iif veth0 uid 50
ip -j rule
ip rule add pref 300 ipproto 1 iif veth1 sport 0 table 200
ip rule add sport 2000-3711 table 200 suppress_ifgroup 0
ip route show table 200
ip route get 10.1.9.9 from 203.0.113.5 oif veth2 tos 0x08 ipproto udp sport 0 dport 80
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 200 tos lowdelay table main suppress_prefixlength 8
ip rule show
ip rule add pref 100 fwmark 7 table 200 suppress_ifgroup 5
ip rule add pref 300 not to 10.0.0.0/8 uidrange 0-100 table main suppress_prefixlength 8
ip rule list pref 100
ip rule
ip route get 198.51.100.1 from 203.0.113.5 iif veth1 fibmatch
ip rule add pref 32000 not ipproto udp table 300
ip route get 172.16.1.1 from 192.0.2.1
ip rule del oif veth2 table 100 suppress_prefixlength 8
ip route get 192.0.2.77
ip route get 10.1.9.9 uid 1500
ip route get 172.16.1.1 from 203.0.113.5 iif veth3 mark 7 tos 0x10 uid 50 ipproto udp sport 0 dport 1000
ip route get 10.1.2.3 from 192.0.2.1 oif veth0 mark 0x100 tos 0x08 ipproto udp fibmatch
ip rule add pref 300 not oif veth0 dport 2000-2442 nop
ip route get 172.16.1.1
ip route show table 200
ip rule del dport 2000-2738 uidrange 0-100 from all prohibit
ip route get 172.16.1.1 uid 0
ip rule add pref 50 tos 0x08 iif veth1 dport 1000-2886 table 100
ip route get 10.0.0.1
ip route add 0.0.0.0/1 via 192.0.2.3 table 100
ip rule list pref 100
ip route get 10.1.2.9 iif veth3 uid 1500 ipproto 1
ip -d rule
sysctl -w net.ipv4.ip_forward=0
ip route get 203.0.113.20 from 10.1.2.3
ip route add unreachable 10.1.0.0/16 table 200
ip route get 10.1.2.3 iif veth0
ip rule add pref 50 to 172.16.0.0/12 goto 100
ip route get 10.1.9.9 from 10.1.2.3 iif veth0
ip rule add pref 50 fwmark 0x10/0xf0 tos lowdelay sport 1000-2899 lookup 100
ip rule add pref 200 sport 2000-3984 iif veth1 nop
ip rule show
ip route del 10.0.0.0/8 table 100
ip route get 198.51.100.1 from 198.51.100.1 ipproto tcp sport 1000 dport 80
ip route add prohibit 10.1.2.0/24 table main
ip route get 192.0.2.77 from 192.0.2.1 iif veth0
ip route get 10.1.2.3
ip rule show
ip route get 192.0.2.77 from 10.1.2.3 tos 0x08
ip rule add pref 50 fwmark 7 prohibit
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip rule add pref 32000 uidrange 1000-2000 fwmark 0x100 from 203.0.113.0/28 blackhole
ip route get 192.0.2.77 from 192.0.2.1 tos 0x08
ip rule add pref 50 dport 0-1832 dport 1000-2261 table 300
ip rule list pref 100
ip route show table 200
ip route get 10.1.9.9 ipproto 1 sport 2500 dport 1000
ip route show table 200
ip rule del pref 50
ip rule
ip route show table all
