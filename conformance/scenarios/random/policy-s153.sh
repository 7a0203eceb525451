# Seeded random policy-routing scenario (seed 153), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 100
ip route add blackhole 10.1.2.0/24 table 200
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 200
ip route add throw default table 200
ip route add default via 203.0.113.2 metric 10 table 300
ip route add 0.0.0.0/1 dev veth1 table 300
ip route add prohibit 10.1.2.0/24 table 300
ip route add 0.0.0.0/1 dev veth2 table main
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route add throw 10.1.2.3 metric 10 table main
ip route add prohibit 10.1.2.3 table 300
ip route get 8.8.8.8 from 203.0.113.1 oif veth0
ip rule add dport 0 unreachable
sysctl -w net.ipv4.ip_forward=1
ip route del 10.0.0.0/8 table 300
ip route get 172.16.1.1 from 198.51.100.9 oif veth2 mark 0x13
sysctl -w net.ipv4.ip_forward=1
ip rule list pref 100
ip route get 127.0.0.1 from 192.0.2.1 tos 0x10 ipproto tcp sport 0 dport 1000
ip route add prohibit 0.0.0.0/1 metric 10 table main
ip route get 203.0.113.20 from 203.0.113.5 oif veth0 tos 0x08 uid 0
ip rule show table 100
ip route get 198.51.100.1 from 192.0.2.1
ip route add throw default metric 10 table 200
ip route del 10.0.0.0/8 table 100
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route get 172.16.1.1 from 10.1.2.3 mark 7
ip route show table 200
ip rule add pref 100 iif veth0 prohibit
ip rule add not iif veth3 uidrange 1000-2000 goto 300
ip route get 203.0.113.20 oif veth2
ip rule add pref 32000 dport 1000 to 8.8.8.8 nop
ip route get 127.0.0.1 uid 1500
ip -j rule
ip route get 192.0.2.77 oif veth0 ipproto udp sport 2500 dport 2001
ip route get 10.1.2.9 from 203.0.113.1 tos 0x10 uid 0 ipproto udp
ip rule show
ip rule add uidrange 1000-2000 sport 0-246 table 300
ip rule add oif veth0 sport 0-1069 iif lo goto 200
ip rule add pref 100 sport 1000-1181 from all goto 300
ip route add unreachable 10.1.0.0/16 metric 10 table main
ip rule add iif veth1 fwmark 7 goto 50
ip route show table 200
ip route get 203.0.113.20
ip rule add pref 32000 to 8.8.8.8 dport 2000-2154 unreachable
ip route show table all
ip rule add pref 100 oif veth0 fwmark 7 oif veth2 nop
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip route get 203.0.113.20 uid 50
ip route get 8.8.8.8 from 203.0.113.5
ip route add 10.1.2.0/24 dev veth0 metric 10 table 200
ip route get 8.8.8.8 from 198.51.100.1 uid 0 ipproto 1 sport 1000 dport 2001
ip rule show
ip route get 198.51.100.1 from 198.51.100.9
ip route get 198.51.100.1 iif veth3 ipproto 1 sport 1000 dport 2001
ip route del default table 300
ip route get 10.0.0.1 from 203.0.113.1 iif veth0 mark 0x100 fibmatch
sysctl -w net.ipv4.ip_forward=1
ip -j rule
ip rule show table 100
ip rule add uidrange 1000-2000 oif veth2 blackhole
ip rule show
ip route get 10.1.9.9 tos 0x10
ip rule
ip -d rule
ip rule add pref 32000 uidrange 0-0 tos lowdelay blackhole
ip route get 127.0.0.1 from 198.51.100.1 oif veth0 tos 0x10 uid 50
ip route get 10.1.9.9 oif veth2 uid 50
ip link set veth0 up
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule
ip route show table all
