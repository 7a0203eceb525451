# Seeded random policy-routing scenario (seed 155), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.3 metric 10 table 100
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 100
ip route add prohibit 10.1.2.0/24 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add 203.0.113.16/28 dev veth2 metric 10 table 200
ip route add blackhole 10.1.0.0/16 metric 10 table 200
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table 300
ip route add prohibit 10.0.0.0/8 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table main
ip route add blackhole 203.0.113.16/28 table main
ip route add default dev veth2 metric 10 table main
ip route add prohibit 10.1.0.0/16 table main
ip route get 10.1.2.9
ip rule add pref 50 tos 0x10 dport 1000 table 100 suppress_prefixlength 16
ip route get 10.1.2.3 from 198.51.100.9 fibmatch
ip rule add sport 1000-2664 from 203.0.113.0/28 nop
ip -d rule
ip route add throw 0.0.0.0/1 metric 10 table 300
ip rule add pref 200 dport 0 dport 0-190 dport 0-360 lookup 100
ip route del 10.1.2.0/24 table 100
ip rule add pref 300 sport 1000 to 10.0.0.0/8 table 100 suppress_prefixlength 16
ip rule show
ip route get 10.1.2.3 iif veth0 mark 3
sysctl -w net.ipv4.ip_forward=0
ip route add throw default metric 10 table 200
ip rule add ipproto udp lookup main
ip route get 203.0.113.20 from 192.0.2.1 fibmatch
ip route add blackhole 10.0.0.0/8 table 200
ip rule add pref 50 iif veth3 tos 0x08 dport 1000 table 200 suppress_ifgroup 5
ip rule list pref 100
ip route show table all
ip rule add fwmark 0x10/0xf0 iif veth3 table 200 suppress_ifgroup 0
ip rule add pref 200 fwmark 0x100 table 200 suppress_ifgroup 0
ip rule add pref 300 uidrange 1000-2000 to 8.8.8.8 lookup 200
ip rule add iif veth0 iif lo prohibit
ip route get 10.0.0.1 uid 50 ipproto 1 sport 0 dport 80
ip route get 192.0.2.77
ip rule del fwmark 3/3 to 8.8.8.8 to 172.16.0.0/12
ip rule add pref 32000 oif veth2 ipproto tcp lookup 100
ip route get 172.16.1.1 iif veth3 ipproto 1 sport 0 dport 1000
ip rule add tos lowdelay lookup main
ip rule add not to 10.1.2.0/24 oif veth2 oif veth0 prohibit
ip rule add oif veth2 uidrange 0-100 fwmark 0x100 goto 300
ip rule show
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 100
ip rule add pref 200 sport 0 to 10.0.0.0/8 nop
ip route add 10.1.2.3 dev veth1 table 100
ip route get 203.0.113.20
ip route del 10.1.2.3 table main
ip rule add pref 300 ipproto udp iif lo fwmark 0x100 nop
ip rule del pref 32000
ip route get 10.1.2.9 mark 0x13 uid 1500
ip route get 10.1.2.3 from 198.51.100.9 oif veth0 mark 0x100
ip rule
ip -j rule
ip rule add sport 1000 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip rule add pref 200 not tos 0x10 oif veth2 nop
ip rule
ip route get 10.0.0.1 from 203.0.113.5 tos 0x10
ip rule add pref 100 uidrange 1000-2000 dport 2000-2413 table 100 suppress_prefixlength 0
ip route get 10.1.2.9 from 198.51.100.1 fibmatch
ip rule add tos lowdelay tos 0x08 tos lowdelay table 200 suppress_ifgroup 5
ip rule add pref 300 to 10.0.0.0/8 sport 2000-2711 prohibit
ip route get 10.1.2.9 iif veth3 uid 0 ipproto 1 sport 1000 dport 1000
ip route get 192.0.2.77 from 203.0.113.1 iif veth0 uid 1500
ip route get 10.1.9.9 oif veth0 ipproto 1
ip rule add uidrange 1000-2000 uidrange 1000-2000 table main suppress_prefixlength 0
ip rule add pref 32000 iif lo prohibit
ip route get 8.8.8.8 from 198.51.100.1 iif veth1 uid 50
ip route add default dev veth1 table 300
ip rule add pref 300 tos 0x10 nop
ip rule
ip route show table all
