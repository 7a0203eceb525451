# Seeded random policy-routing scenario (seed 237), from conformance/generators/policy.ts.
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
ip route add blackhole 203.0.113.16/28 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 100
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add prohibit 172.16.0.0/12 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 300
ip route add unreachable default metric 10 table main
ip route add throw 172.16.0.0/12 metric 10 table main
ip route add blackhole 172.16.0.0/12 table main
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add pref 50 from 10.0.0.0/8 oif veth2 lookup 100
ip rule add fwmark 0x100 iif veth3 oif veth0 nop
ip rule add pref 32000 ipproto udp dport 2000-2626 from 203.0.113.0/28 table 200 suppress_ifgroup 0
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
ip rule show
ip route add throw 172.16.0.0/12 metric 10 table main
ip rule add not fwmark 0x100 table 300
ip route add unreachable 10.1.2.0/24 table 100
ip rule add pref 200 uidrange 1000-2000 blackhole
ip route get 10.0.0.1 mark 0x13
ip rule del pref 200
ip route add 10.0.0.0/8 dev veth2 metric 10 table main
ip route get 10.1.9.9 tos 0x08 uid 1500
ip rule add not iif veth0 to 172.16.0.0/12 sport 0 nop
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip route get 10.1.9.9 iif veth0 tos 0x10 uid 0
ip rule add pref 100 sport 0-813 table 200 suppress_ifgroup 0
ip rule add from 203.0.113.0/28 tos lowdelay lookup 100
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 200
ip route add prohibit 203.0.113.16/28 table main
ip rule list pref 100
ip route add default via 192.0.2.2 table 200
ip route add throw 172.16.0.0/12 table 200
ip route get 10.0.0.1 mark 0x100
ip rule add pref 100 ipproto tcp dport 2000-3134 nop
ip rule add ipproto udp oif veth0 table 300
ip route get 198.51.100.1 oif veth2 tos 0x10 uid 0
ip -j rule
ip route get 192.0.2.77 mark 7 ipproto tcp sport 0 dport 80
ip rule add pref 200 tos 0x08 prohibit
ip rule add pref 300 iif veth0 table 200
ip rule add not sport 0-497 blackhole
ip rule del sport 0-296
ip route get 10.1.9.9 from 203.0.113.5 iif veth0 mark 0x100 ipproto 1 sport 2500 dport 1000
ip route show table 200
ip -j rule
ip route get 192.0.2.77 iif veth3 tos 0x10 uid 50
ip route get 198.51.100.1 mark 0x13 tos 0x08 uid 1500
ip -d rule
ip rule show table 100
ip route add unreachable 0.0.0.0/1 table 100
ip route get 198.51.100.1 from 10.1.2.3 oif veth2
ip rule add dport 1000 iif veth1 unreachable
ip -j rule
ip route get 10.1.2.3 from 198.51.100.9 oif veth2 tos 0x08 ipproto udp
ip route add blackhole 172.16.0.0/12 table 100
ip rule add not tos 0x08 tos lowdelay sport 0-574 blackhole
ip rule add pref 32000 to 8.8.8.8 fwmark 7 oif veth2 blackhole
ip route get 192.0.2.77 from 203.0.113.1 iif veth0 uid 0
ip route get 10.1.9.9
ip rule add tos 0x10 unreachable
ip route show table all
ip route add 10.1.2.0/24 via 192.0.2.3 table 100
ip route show table 200
ip route get 10.0.0.1 from 192.0.2.1 mark 3
ip rule del not ipproto 1 fwmark 0x100 nop
ip rule add pref 32000 iif veth3 sport 0 uidrange 1000-2000 lookup 200
ip -j rule
ip rule
ip route show table all
