# Seeded random policy-routing scenario (seed 65), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.3 table 100
ip route add throw 0.0.0.0/1 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip route add 10.1.2.0/24 dev veth2 metric 10 table 200
ip route add 10.1.2.0/24 dev veth0 table 200
ip route add prohibit 10.1.2.0/24 metric 10 table 300
ip route add throw default metric 10 table 300
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip route add prohibit 172.16.0.0/12 table main
ip route add blackhole 0.0.0.0/1 table main
ip route get 198.51.100.1 from 10.1.2.3 iif veth1
ip route add blackhole 10.0.0.0/8 table main
ip rule list pref 100
ip rule list pref 100
ip route show table 200
ip rule add pref 100 not iif veth3 uidrange 0-100 lookup main
ip route get 10.1.2.3 from 192.0.2.1 tos 0x10 ipproto 1 sport 1000 dport 80
ip route add prohibit 0.0.0.0/1 table main
ip rule add dport 0-465 iif lo table 200 suppress_ifgroup 0
ip route add prohibit default table 300
ip route del 0.0.0.0/1 table 100
ip route get 8.8.8.8 from 192.0.2.1
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip rule add uidrange 1000-2000 sport 1000-2287 to 10.0.0.0/8 prohibit
ip route get 198.51.100.1 uid 50 ipproto 1 sport 1500 dport 2001
ip rule del pref 300
ip route get 192.0.2.77 tos 0x08 uid 0 ipproto udp sport 0 dport 1000
ip route get 203.0.113.20 iif veth3 tos 0x08 ipproto udp sport 0 dport 80
ip rule del sport 2000-2473 blackhole
ip route get 10.1.2.3 from 198.51.100.1 iif veth1 ipproto udp sport 1500 dport 2001
ip rule show
ip rule add pref 200 ipproto 1 fwmark 0x10/0xf0 lookup 200
ip rule
ip rule add oif veth0 iif veth0 table 100 suppress_prefixlength 8
ip route add blackhole default table 300
ip rule del pref 50
ip route add throw 10.1.2.3 metric 10 table 300
ip rule add pref 50 to 8.8.8.8 blackhole
ip rule list pref 100
ip rule list pref 100
ip rule add dport 1000-2654 dport 2000 iif veth3 blackhole
ip rule add pref 200 to 172.16.0.0/12 blackhole
ip route add 10.1.2.3 dev veth0 metric 10 table main
ip -d rule
ip route get 10.1.9.9 from 198.51.100.9 oif veth0 mark 7 tos 0x10
ip route get 172.16.1.1
ip route get 192.0.2.77 oif veth2 ipproto 1 sport 1500 dport 1000
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 300 oif veth0 table 100 suppress_prefixlength 0
ip rule show
ip -d rule
ip rule del pref 200
ip rule del from 192.0.2.0/24 uidrange 1000-2000
ip route get 198.51.100.1 tos 0x10 uid 1500
ip route get 198.51.100.1 tos 0x10 uid 1500
ip route del 172.16.0.0/12 table main
ip route get 198.51.100.1 from 203.0.113.1 uid 1500 ipproto tcp sport 2500 dport 1000
ip route get 172.16.1.1 from 198.51.100.9 iif veth1
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route show table 200
ip rule add pref 50 uidrange 0-100 blackhole
ip route get 172.16.1.1 from 198.51.100.1 tos 0x10 ipproto tcp
ip rule add pref 200 dport 2000-3728 fwmark 0x100 sport 1000-2025 goto 32000
ip rule add to 172.16.0.0/12 uidrange 1000-2000 table 200 suppress_ifgroup 5
ip -j rule
ip route get 10.1.2.9 from 203.0.113.1 ipproto tcp sport 1000 dport 80
ip rule add pref 32000 from all prohibit
ip route get 203.0.113.20 mark 0x13
ip rule add tos 0x08 iif veth0 nop
ip rule show
ip rule
ip route show table all
