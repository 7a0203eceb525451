# Seeded random policy-routing scenario (seed 207), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 dev veth0 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip route add 0.0.0.0/1 dev veth1 metric 10 table 200
ip route add blackhole default table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add blackhole 0.0.0.0/1 table 300
ip route add unreachable 172.16.0.0/12 metric 10 table 300
ip route add default dev veth2 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip route add unreachable 203.0.113.16/28 table main
ip route add 172.16.0.0/12 via 198.51.100.2 table main
ip route get 127.0.0.1 oif veth2
ip -j rule
ip route get 10.1.9.9 mark 0x100
ip route get 198.51.100.1 iif veth0 uid 50 ipproto 1
ip route add throw 172.16.0.0/12 metric 10 table main
ip route get 198.51.100.1 iif veth3 ipproto tcp sport 2500 dport 80
ip route add blackhole default metric 10 table main
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route get 8.8.8.8 tos 0x10 uid 0
ip -j rule
ip route get 198.51.100.1 mark 7 tos 0x08
ip rule add sport 2000 ipproto udp ipproto 1 table 100 suppress_prefixlength 8
ip route get 127.0.0.1 from 203.0.113.1 iif veth3 fibmatch
ip rule del oif veth0 ipproto udp
ip route get 198.51.100.1 from 203.0.113.5 uid 0
ip rule show table 100
ip rule list pref 100
ip route get 172.16.1.1 uid 50
ip route get 10.1.2.9 oif veth2 mark 3 uid 1500
ip route add prohibit 10.1.0.0/16 table 300
ip rule add pref 100 uidrange 0-100 oif veth2 sport 2000 table 300
ip route get 10.1.2.9 from 198.51.100.9 iif veth3
ip route get 10.0.0.1 from 10.1.2.3 tos 0x08
ip rule show
ip rule show table 100
ip rule add uidrange 0-0 table 100
ip rule show table 100
ip rule add ipproto udp blackhole
ip route get 10.1.2.9 from 203.0.113.1 oif veth2 uid 50 ipproto 1
ip route get 10.1.2.9
ip route get 192.0.2.77 ipproto 1 sport 1500 dport 2001
ip route show table 200
ip route get 8.8.8.8
ip rule add pref 32000 tos lowdelay lookup 100
ip rule add pref 200 not uidrange 0-100 to 10.0.0.0/8 table 200 suppress_ifgroup 5
ip rule add not from 10.0.0.0/8 unreachable
ip route add prohibit 172.16.0.0/12 table 100
ip rule list pref 100
ip route add default via 192.0.2.3 table 300
ip rule add oif veth0 nop
ip rule add pref 300 oif veth0 oif veth2 iif veth1 nop
ip rule add tos 0x10 ipproto tcp table 200 suppress_ifgroup 0
ip rule add ipproto 1 oif veth2 lookup main
ip rule add pref 32000 ipproto 1 oif veth0 unreachable
ip route add blackhole 10.1.2.0/24 table 100
ip rule del uidrange 0-0 uidrange 0-100 ipproto udp blackhole
ip route get 203.0.113.20 ipproto tcp sport 2500 dport 2001
ip route get 10.1.2.9 from 10.1.2.3 iif veth1 uid 1500
ip route del 10.0.0.0/8 table 300
ip route add prohibit default table 300
ip route get 10.1.2.3 tos 0x08
ip rule del from 203.0.113.0/28 unreachable
ip route add blackhole 203.0.113.16/28 metric 10 table 200
ip rule del uidrange 0-100 table 100 suppress_prefixlength 0
ip route get 8.8.8.8 iif veth0 ipproto udp
ip rule add pref 50 fwmark 3/3 oif veth2 sport 1000 blackhole
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip route add unreachable default table main
ip rule del dport 0 iif veth1 table 100 suppress_prefixlength 0
ip route del 203.0.113.16/28 table 100
ip rule
ip route show table all
