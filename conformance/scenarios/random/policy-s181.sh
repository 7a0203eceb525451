# Seeded random policy-routing scenario (seed 181), from conformance/generators/policy.ts.
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
ip route add unreachable 10.0.0.0/8 table 100
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add 0.0.0.0/1 dev veth1 table 200
ip route add throw default table 200
ip route add 172.16.0.0/12 dev veth1 table 300
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add prohibit 0.0.0.0/1 table 300
ip route add throw 10.0.0.0/8 table main
ip route add default via 198.51.100.2 metric 10 table main
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip rule show
ip -j rule
ip rule add from 10.0.0.0/8 ipproto udp lookup 100
ip rule add pref 200 to 8.8.8.8 sport 0-1568 table 200 suppress_ifgroup 0
ip route get 198.51.100.1 from 203.0.113.1 mark 7 ipproto 1
ip rule add pref 32000 not ipproto udp dport 1000 uidrange 0-0 goto 200
ip route del 10.1.0.0/16 table 300
ip rule add not uidrange 0-100 fwmark 7 lookup main
ip rule add pref 32000 sport 1000 nop
ip route get 10.1.2.3 from 198.51.100.9 mark 7 tos 0x10 uid 1500
ip rule list pref 100
ip route get 172.16.1.1 from 203.0.113.5 uid 0 ipproto 1 sport 1000 dport 2001
ip rule add pref 200 uidrange 1000-2000 sport 0-867 iif veth0 table 200
ip rule del iif veth1
ip route add default via 198.51.100.2 table 300
ip rule list pref 100
ip route show table all
ip rule add pref 200 sport 2000-3836 table 100 suppress_prefixlength 8
ip rule add tos 0x10 uidrange 0-0 table main suppress_prefixlength 16
ip rule add pref 50 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route get 127.0.0.1 uid 0 ipproto tcp
ip rule add fwmark 3/3 iif lo goto 300
ip rule add pref 32000 tos 0x08 table 100 suppress_prefixlength 16
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table main
ip rule add pref 200 ipproto tcp nop
ip route get 127.0.0.1 iif veth1 mark 3 tos 0x10
ip route del 10.0.0.0/8 table 200
ip rule list pref 100
ip route get 127.0.0.1 iif veth0 tos 0x10 uid 50
ip rule show
ip rule add tos 0x10 sport 2000-2534 to 10.1.2.0/24 nop
ip rule add pref 300 not iif lo blackhole
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 300
ip route get 172.16.1.1
ip rule add pref 100 ipproto udp sport 1000-1589 lookup 200
ip rule add fwmark 0x100 to 10.1.2.0/24 tos 0x08 table 100 suppress_prefixlength 16
ip -j rule
ip route get 10.1.9.9 from 203.0.113.5 iif veth1
ip rule del dport 1000 ipproto udp fwmark 0x100
ip route get 8.8.8.8 mark 0x13
ip rule add pref 300 not uidrange 0-100 uidrange 1000-2000 table main suppress_prefixlength 0
ip route get 172.16.1.1 iif veth3 mark 0x100 ipproto 1 sport 2500 dport 1000
ip route add 172.16.0.0/12 via 192.0.2.3 table 100
ip route get 172.16.1.1
ip route add prohibit 10.1.0.0/16 table main
ip route get 172.16.1.1 mark 3
ip route del 0.0.0.0/1 table main
ip route get 203.0.113.20 from 198.51.100.1 iif veth1
ip rule show table 100
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 300
ip route show table 200
ip rule show table 100
ip rule list pref 100
ip route get 127.0.0.1 from 203.0.113.1 oif veth0 tos 0x08
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip rule add tos lowdelay sport 2000 table main suppress_prefixlength 0
ip route add prohibit 203.0.113.16/28 metric 10 table 100
ip route add prohibit 10.1.2.0/24 table main
ip route del 0.0.0.0/1 table 200
ip route add unreachable 0.0.0.0/1 metric 10 table main
ip rule
ip route show table all
