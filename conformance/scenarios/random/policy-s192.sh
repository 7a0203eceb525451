# Seeded random policy-routing scenario (seed 192), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 table 100
ip route add 172.16.0.0/12 dev veth2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 200
ip route add 10.1.2.0/24 dev veth0 metric 10 table 200
ip route add 0.0.0.0/1 dev veth0 table 200
ip route add throw 172.16.0.0/12 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip route add throw default table 300
ip route add 203.0.113.16/28 via 198.51.100.2 table main
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table main
ip route add prohibit 203.0.113.16/28 table main
ip route get 127.0.0.1 iif veth1 tos 0x08 uid 1500
ip route get 8.8.8.8 from 203.0.113.5 fibmatch
ip rule add pref 50 to 10.1.2.0/24 lookup 200
ip -j rule
ip rule del not dport 1000 dport 1000-2848 table 200 suppress_ifgroup 0
ip rule del not to 10.0.0.0/8 nop
ip route get 172.16.1.1 oif veth2
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table main
ip route get 10.1.2.9 mark 0x100
ip route get 10.0.0.1 mark 0x100 ipproto udp sport 0 dport 2001
ip rule add pref 200 not from 203.0.113.0/28 fwmark 7 goto 200
ip route get 10.1.2.9 oif veth2 tos 0x08
ip route get 198.51.100.1 from 198.51.100.1 ipproto 1 sport 1000 dport 80
ip route get 10.1.9.9 from 10.1.2.3
ip route get 10.1.9.9 from 198.51.100.9 mark 0x13 ipproto 1 sport 1500 dport 1000
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip route del 10.0.0.0/8 table main
ip rule add pref 300 to 172.16.0.0/12 tos 0x08 goto 32000
ip route add blackhole 10.1.0.0/16 table main
ip route add 203.0.113.16/28 dev veth0 table main
sysctl -w net.ipv4.ip_forward=1
ip route show table 200
ip rule del pref 32000
ip route get 198.51.100.1 iif veth1 uid 1500 ipproto 1 sport 1500 dport 80
ip rule add not fwmark 0x10/0xf0 iif veth0 blackhole
ip route show table 200
ip route get 127.0.0.1 tos 0x08
ip route get 8.8.8.8 from 203.0.113.5 tos 0x08
ip route get 10.1.9.9 from 10.1.2.3
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 300
ip route get 172.16.1.1 tos 0x08 uid 50
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule show table 100
ip route del 10.0.0.0/8 table 100
ip route get 10.1.9.9 iif veth0
ip rule add pref 100 iif veth1 uidrange 0-0 prohibit
ip rule add from 203.0.113.0/28 dport 1000-2830 nop
ip route get 127.0.0.1 from 198.51.100.9 iif veth3 ipproto tcp sport 1500 dport 1000
ip rule add pref 300 fwmark 0x100 prohibit
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 300
ip rule add sport 1000-2922 iif lo oif veth0 nop
ip route get 10.1.2.9 tos 0x08
ip route get 192.0.2.77 mark 0x13
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 300
ip rule show
ip route get 10.1.2.9 iif veth1
ip route get 192.0.2.77 from 198.51.100.1 iif veth1
ip route get 203.0.113.20 from 198.51.100.9
ip rule add pref 200 sport 1000 table 300
ip rule add pref 300 sport 2000 tos 0x08 oif veth2 goto 300
ip link set veth2 up
ip route get 172.16.1.1 from 10.1.2.3 iif veth1
ip route get 8.8.8.8 uid 1500
ip rule add not iif veth0 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 oif veth2 ipproto udp fibmatch
ip route add default dev veth2 table 300
ip route get 198.51.100.1 from 203.0.113.1
ip route add throw 0.0.0.0/1 metric 10 table main
ip rule add sport 2000-2896 oif veth0 sport 1000-2720 table 100 suppress_prefixlength 0
ip route get 203.0.113.20
ip rule
ip route show table all
