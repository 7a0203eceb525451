# Seeded random policy-routing scenario (seed 68), from conformance/generators/policy.ts.
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
ip route add prohibit default table 100
ip route add default via 198.51.100.2 table 100
ip route add 10.1.2.3 dev veth0 metric 10 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add unreachable 10.1.0.0/16 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table main
ip route add unreachable 172.16.0.0/12 table main
ip route add 10.1.0.0/16 dev veth0 table main
ip route show table 200
ip rule list pref 100
ip route get 172.16.1.1 oif veth2 ipproto tcp sport 2500 dport 1000 fibmatch
ip route get 192.0.2.77
ip route del 0.0.0.0/1 table 200
ip rule add pref 300 fwmark 7 ipproto tcp lookup 200
ip route get 172.16.1.1 from 198.51.100.1 iif veth0
ip route show table all
ip rule add iif veth1 to 8.8.8.8 uidrange 0-100 prohibit
ip route get 127.0.0.1
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table main
ip route get 172.16.1.1 from 10.1.2.3
ip route show table all
ip rule add pref 32000 uidrange 1000-2000 unreachable
ip route show table all
ip route show table 200
ip route get 172.16.1.1 from 192.0.2.1 mark 0x100 ipproto tcp sport 1000 dport 1000 fibmatch
ip route get 10.1.9.9 iif veth0 ipproto 1 sport 0 dport 80
ip rule show
ip rule add pref 100 tos 0x10 iif veth3 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 iif veth0
ip rule add dport 2000 lookup 100
ip route show table all
ip rule list pref 100
ip link set veth2 down
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip rule add ipproto udp unreachable
ip route get 10.0.0.1 from 10.1.2.3 mark 7 ipproto udp sport 1000 dport 2001 fibmatch
ip route get 10.1.9.9
ip -j rule
ip rule del not from 192.0.2.0/24 from 203.0.113.0/28 tos lowdelay
ip rule add tos lowdelay unreachable
ip route add 10.1.2.0/24 via 192.0.2.3 table 100
ip rule del pref 50
ip rule list pref 100
ip -d rule
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip rule add pref 32000 dport 1000 goto 200
ip rule add from 198.51.100.1 dport 0-1828 nop
ip route del 10.1.0.0/16 table main
ip route show table 200
ip rule del pref 32000
ip rule list pref 100
ip route get 127.0.0.1 from 203.0.113.1 ipproto udp sport 1000 dport 80
ip route get 127.0.0.1 from 203.0.113.1 oif veth0 mark 3 ipproto udp
ip rule del uidrange 0-100 goto 50
ip -d rule
ip rule show table 100
ip route get 192.0.2.77
ip -d rule
ip rule add pref 300 iif veth1 ipproto tcp unreachable
ip -j rule
ip route get 10.1.2.9 from 10.1.2.3 mark 0x13 tos 0x08
ip route get 127.0.0.1
ip route del 10.0.0.0/8 table 300
ip rule add pref 100 dport 1000 iif veth3 table 300
ip rule del pref 300
ip rule add pref 32000 oif veth2 blackhole
ip route get 10.1.2.3 from 203.0.113.1 iif veth1 ipproto 1 sport 1500 dport 1000
ip route get 192.0.2.77 from 198.51.100.9 oif veth2 uid 0
ip rule
ip route show table all
