# Seeded random policy-routing scenario (seed 180), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add throw 10.1.0.0/16 metric 10 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip route add prohibit default metric 10 table 300
ip route add blackhole 10.0.0.0/8 table main
ip route add 10.1.2.3 dev veth1 metric 10 table main
ip route add default via 198.51.100.2 table main
ip route get 172.16.1.1 from 198.51.100.1 ipproto 1
ip route get 127.0.0.1 ipproto tcp sport 2500 dport 2001
ip route get 192.0.2.77 from 192.0.2.1 oif veth0 ipproto udp sport 1000 dport 2001
ip route show table all
ip route get 10.1.2.3 from 198.51.100.1
ip route add default dev veth1 table 200
ip route get 192.0.2.77 from 198.51.100.1 ipproto tcp
ip route get 198.51.100.1 from 198.51.100.9 iif veth0 ipproto tcp sport 1500 dport 1000
ip route add 10.0.0.0/8 dev veth2 table 200
ip rule add fwmark 3/3 table 100 suppress_prefixlength 16
ip route get 172.16.1.1 from 203.0.113.1 iif veth1 ipproto 1 sport 1500 dport 1000
ip rule add pref 32000 sport 2000-2363 table main suppress_prefixlength 0
ip route get 127.0.0.1 from 198.51.100.9 mark 0x100
ip route show table all
ip rule add pref 300 from 192.0.2.0/24 from all fwmark 7 prohibit
ip rule add pref 50 to 10.0.0.0/8 lookup 100
ip rule show table 100
ip rule del ipproto udp oif veth0
ip route add unreachable 172.16.0.0/12 table 100
ip route get 10.1.9.9 from 198.51.100.9 oif veth0 uid 0
ip route get 192.0.2.77 iif veth1
ip rule add pref 200 tos 0x10 iif veth0 blackhole
ip rule show table 100
ip rule add from 203.0.113.0/28 from 10.0.0.0/8 table 200 suppress_ifgroup 5
ip route get 10.1.2.9 from 192.0.2.1 oif veth0 tos 0x10 uid 50
ip route get 10.0.0.1 from 198.51.100.9 uid 1500
ip route add 10.1.2.3 via 192.0.2.2 table main
ip rule add pref 100 oif veth2 table 100
ip route get 8.8.8.8 from 198.51.100.1 tos 0x08 uid 0
ip rule del oif veth2 tos lowdelay tos 0x10
ip rule del pref 100
ip route get 198.51.100.1 from 203.0.113.1 fibmatch
ip rule add pref 32000 to 10.1.2.0/24 iif lo table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip rule add pref 200 sport 1000-2769 uidrange 0-0 table 200 suppress_ifgroup 5
ip rule add tos lowdelay sport 0 blackhole
ip rule show
ip -d rule
ip route add default dev veth0 table 100
ip route get 172.16.1.1 mark 0x13
ip route get 172.16.1.1 iif veth3 mark 7 ipproto tcp
ip route del 172.16.0.0/12 table main
ip rule add tos lowdelay iif veth3 goto 300
ip route show table 200
ip route get 10.1.2.9
ip rule show table 100
ip route get 8.8.8.8 oif veth2 mark 0x13
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip rule add pref 100 not sport 0 table 300
ip route get 172.16.1.1 from 192.0.2.1 tos 0x10 ipproto udp sport 2500 dport 1000
ip route get 8.8.8.8 from 198.51.100.1 ipproto 1 sport 0 dport 80
ip route add unreachable 203.0.113.16/28 metric 10 table 100
ip route get 10.1.2.3 mark 0x100 uid 50
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip -d rule
ip route get 127.0.0.1 from 10.1.2.3 tos 0x10
ip rule list pref 100
ip -j rule
ip rule add pref 32000 dport 1000-1119 goto 300
ip rule
ip route show table all
