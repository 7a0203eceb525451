# Seeded random policy-routing scenario (seed 94), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 100
ip route add throw 172.16.0.0/12 table 100
ip route add prohibit default metric 10 table 100
ip route add throw 10.0.0.0/8 table 200
ip route add blackhole 0.0.0.0/1 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.1.2.0/24 dev veth2 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table main
ip route add unreachable default metric 10 table main
ip rule list pref 100
ip route get 172.16.1.1
ip route get 192.0.2.77 ipproto tcp sport 2500 dport 2001
ip rule add pref 32000 ipproto tcp tos lowdelay to 8.8.8.8 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 198.51.100.1 tos 0x08 ipproto 1 sport 0 dport 1000
ip rule show table 100
ip route del 10.1.0.0/16 table main
ip -j rule
ip rule add uidrange 0-100 tos lowdelay sport 2000-3000 table main suppress_prefixlength 8
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 mark 3 tos 0x10
ip rule add pref 200 dport 1000-1171 uidrange 0-0 prohibit
ip route get 10.0.0.1 from 203.0.113.5
ip route show table 200
ip route get 192.0.2.77 oif veth0 tos 0x10 uid 50
ip rule add oif veth0 prohibit
ip rule add pref 32000 dport 2000 dport 1000-2604 nop
ip route get 8.8.8.8 ipproto tcp
ip route get 192.0.2.77 from 10.1.2.3 mark 0x13 ipproto udp sport 0 dport 1000
ip rule del pref 32000
ip rule show
ip rule add not iif veth0 from 192.0.2.0/24 blackhole
ip rule del fwmark 0x100
ip route get 203.0.113.20 uid 1500
ip route get 192.0.2.77 ipproto udp sport 0 dport 2001
ip route add prohibit 0.0.0.0/1 table 100
ip rule show
ip route del 10.1.0.0/16 table 300
ip rule add pref 100 to 10.0.0.0/8 iif veth0 prohibit
ip route get 203.0.113.20 uid 50
ip route del 10.1.2.0/24 table 100
ip rule add iif veth3 sport 2000 blackhole
ip rule list pref 100
ip route get 10.1.2.3 iif veth1
ip rule add pref 300 iif veth3 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 mark 7 ipproto udp sport 1500 dport 1000
ip rule del oif veth2 ipproto tcp prohibit
ip route get 172.16.1.1
ip route get 10.0.0.1 from 203.0.113.5 ipproto 1 sport 1500 dport 80
ip route get 10.1.2.9 oif veth2 ipproto udp sport 0 dport 2001 fibmatch
ip rule add pref 50 not sport 1000 uidrange 1000-2000 table 200 suppress_ifgroup 0
ip rule add oif veth0 fwmark 3/3 unreachable
ip -j rule
ip route get 8.8.8.8 tos 0x08 ipproto tcp sport 1500 dport 2001
ip rule add pref 100 not tos 0x08 iif lo iif lo prohibit
ip rule del sport 2000-2950 dport 0-274
ip route get 10.1.2.3 uid 0 ipproto udp sport 1000 dport 1000 fibmatch
ip rule list pref 100
ip route add 172.16.0.0/12 dev veth0 metric 10 table 300
ip route get 10.0.0.1
ip rule add pref 32000 to 10.0.0.0/8 table 100
ip route get 10.0.0.1 from 203.0.113.1
ip route get 10.1.2.9 from 198.51.100.9 iif veth0
ip route get 8.8.8.8 from 198.51.100.1 mark 0x13 ipproto udp sport 1000 dport 80
ip rule add pref 32000 fwmark 3/3 lookup 200
ip route del 10.1.0.0/16 table 100
ip route get 192.0.2.77 from 203.0.113.5 iif veth0 uid 0
ip rule del sport 0
ip route get 203.0.113.20 from 10.1.2.3 iif veth1 mark 7 ipproto 1 sport 1000 dport 1000 fibmatch
ip route get 198.51.100.1 tos 0x10
ip rule show table 100
ip rule
ip route show table all
