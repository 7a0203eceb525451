# Seeded random policy-routing scenario (seed 37), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 table 100
ip route add prohibit 203.0.113.16/28 metric 10 table 100
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add throw 203.0.113.16/28 metric 10 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add prohibit 10.1.2.0/24 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 table main
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip route add prohibit 10.1.2.3 table main
ip rule add pref 200 uidrange 0-100 unreachable
ip route get 127.0.0.1 from 203.0.113.5 oif veth0 tos 0x10
ip route get 172.16.1.1 iif veth3
ip rule add pref 50 ipproto 1 sport 2000-3378 oif veth0 goto 50
ip route get 8.8.8.8 iif veth3 mark 0x13 tos 0x10 ipproto udp sport 2500 dport 80
ip route add 10.1.2.0/24 dev veth1 metric 10 table main
ip -j rule
ip rule add pref 50 ipproto 1 blackhole
ip route add 0.0.0.0/1 dev veth1 table 300
ip route get 10.1.2.3 from 203.0.113.1 iif veth0 ipproto udp sport 2500 dport 2001
ip route del 10.1.2.0/24 table 300
ip route del 0.0.0.0/1 table 100
ip route show table all
ip route get 192.0.2.77 from 10.1.2.3
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip route show table 200
ip -d rule
ip rule add pref 32000 not iif veth1 uidrange 0-100 ipproto 1 table main suppress_prefixlength 16
ip route get 8.8.8.8 from 203.0.113.5 ipproto 1
ip rule add pref 300 uidrange 1000-2000 oif veth0 from 203.0.113.0/28 blackhole
ip rule show
ip -j rule
ip route get 198.51.100.1 from 198.51.100.1 mark 3
ip link set veth2 up
ip rule add tos 0x10 fwmark 7 prohibit
ip route get 203.0.113.20 iif veth3 tos 0x10 ipproto udp sport 1000 dport 2001
ip rule show table 100
ip route get 127.0.0.1 mark 3 tos 0x08 uid 0 ipproto 1
ip -d rule
ip route get 203.0.113.20 ipproto tcp sport 0 dport 1000
ip route add throw 0.0.0.0/1 metric 10 table main
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip route get 127.0.0.1 from 198.51.100.9 iif veth3
ip route get 198.51.100.1 mark 0x13
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route get 10.0.0.1 uid 0
ip route get 192.0.2.77 from 198.51.100.9 mark 0x100 tos 0x10
ip route get 203.0.113.20 from 203.0.113.5 mark 3 tos 0x08
ip rule add uidrange 0-0 goto 32000
ip route add throw 10.1.2.3 metric 10 table 100
ip rule
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 200
ip route add default dev veth1 metric 10 table 100
ip route add prohibit 10.1.2.0/24 table 100
ip route get 127.0.0.1 iif veth0
ip rule add dport 1000-1184 goto 100
ip route get 10.1.2.3 from 198.51.100.1 uid 1500
ip -j rule
ip route get 203.0.113.20 from 203.0.113.1
ip rule add dport 2000 uidrange 0-0 prohibit
ip route get 192.0.2.77
ip rule add not ipproto tcp lookup 200
ip route get 10.1.2.3 from 198.51.100.9 ipproto udp sport 1500 dport 2001
ip route get 10.1.9.9 from 10.1.2.3 uid 1500
ip route get 192.0.2.77 oif veth2
ip rule show
ip route get 8.8.8.8 from 192.0.2.1 ipproto tcp sport 1000 dport 80
ip rule add not from 203.0.113.0/28 nop
ip rule list pref 100
ip rule show
ip rule
ip route show table all
