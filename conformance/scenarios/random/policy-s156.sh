# Seeded random policy-routing scenario (seed 156), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.0.0/16 table 100
ip route add unreachable 10.1.2.0/24 table 100
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route add 10.0.0.0/8 dev veth1 table 300
ip route add blackhole 10.0.0.0/8 table 300
ip route add 10.1.2.3 dev veth1 table 300
ip route add 10.1.2.3 dev veth2 metric 10 table main
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table main
ip route add 10.1.0.0/16 via 198.51.100.2 table 100
ip rule show
ip route get 10.1.9.9
ip route get 10.1.9.9 from 203.0.113.1
ip route get 127.0.0.1 from 203.0.113.5 uid 0
ip route show table all
ip route show table all
ip rule del pref 50
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route get 10.1.9.9 from 198.51.100.1 oif veth0 mark 3
ip route get 8.8.8.8 iif veth1 mark 0x100 uid 1500 fibmatch
ip rule add dport 2000-2482 dport 2000 lookup 200
ip rule add pref 32000 not ipproto tcp sport 1000-1991 tos 0x08 table 200 suppress_ifgroup 5
ip route get 10.0.0.1 mark 7
ip rule add pref 300 sport 1000-2620 ipproto tcp tos 0x10 goto 32000
ip rule add not dport 2000-2579 prohibit
ip route get 203.0.113.20
ip route get 10.0.0.1 iif veth3
ip rule del to 8.8.8.8
sysctl -w net.ipv4.ip_forward=0
ip -j rule
ip rule add to 8.8.8.8 ipproto tcp tos lowdelay table 100
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 32000 to 172.16.0.0/12 sport 2000-2590 prohibit
ip route get 10.1.9.9 from 198.51.100.9 iif veth3
ip route del 0.0.0.0/1 table 100
ip rule add tos lowdelay oif veth0 ipproto 1 table 200 suppress_ifgroup 5
ip route get 10.1.2.3 from 10.1.2.3 iif veth3 tos 0x08 ipproto tcp sport 1000 dport 2001 fibmatch
ip rule add pref 200 tos lowdelay lookup 100
ip route get 10.1.9.9 iif veth0 ipproto tcp sport 2500 dport 1000
ip rule show table 100
ip route get 203.0.113.20 from 198.51.100.1 mark 3 tos 0x08
ip route add 10.0.0.0/8 dev veth0 table 100
ip route get 192.0.2.77 from 198.51.100.1 iif veth3 tos 0x10 uid 50 ipproto udp sport 0 dport 80
ip rule show
ip rule add pref 32000 from 10.0.0.0/8 to 10.1.2.0/24 iif veth1 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 100
ip rule show table 100
ip route get 10.0.0.1 tos 0x10
ip rule add sport 1000 nop
ip route del 203.0.113.16/28 table 200
ip rule del sport 2000 uidrange 0-0
ip route get 10.1.2.9 oif veth0
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route show table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.3 from 203.0.113.5 iif veth3 tos 0x08 ipproto udp
ip route del 203.0.113.16/28 table main
ip -d rule
ip rule add to 10.0.0.0/8 to 172.16.0.0/12 to 10.1.2.0/24 table 300
ip route del 172.16.0.0/12 table 300
ip rule list pref 100
ip route get 172.16.1.1
ip rule
ip route show table 200
ip rule add pref 100 ipproto tcp goto 100
ip route add unreachable 10.1.0.0/16 table 200
ip route get 10.0.0.1 iif veth3
ip route get 127.0.0.1 oif veth2 tos 0x08 ipproto udp sport 0 dport 80
ip route show table all
ip rule
ip route show table all
