# Seeded random policy-routing scenario (seed 177), from conformance/generators/policy.ts.
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
ip route add prohibit 10.1.2.3 metric 10 table 100
ip route add unreachable 172.16.0.0/12 table 100
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add throw 203.0.113.16/28 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route add prohibit 0.0.0.0/1 table 300
ip route add prohibit 203.0.113.16/28 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table main
ip route add blackhole 10.0.0.0/8 table main
ip route add unreachable 0.0.0.0/1 table main
ip route show table 200
ip route get 10.1.2.9 from 192.0.2.1 uid 0
ip route get 172.16.1.1 from 203.0.113.5 tos 0x10
ip rule del pref 50
ip route add 10.1.0.0/16 dev veth0 table main
ip route add 10.0.0.0/8 via 203.0.113.2 table main
ip route del 10.1.2.0/24 table main
ip rule del oif veth2 from all tos lowdelay
ip rule show
ip route get 10.1.2.9
ip route get 10.1.9.9 mark 7
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.3
ip route get 127.0.0.1 from 198.51.100.9 ipproto 1 sport 1500 dport 80
ip route get 8.8.8.8 oif veth0 ipproto tcp sport 1000 dport 80
ip route get 172.16.1.1 from 10.1.2.3 mark 0x13 ipproto udp sport 1000 dport 2001
ip route get 10.1.2.3 from 203.0.113.5 oif veth2 mark 0x13 uid 1500
ip route get 10.1.9.9 from 198.51.100.1 ipproto 1
ip route del 172.16.0.0/12 table 200
ip rule add not iif veth0 to 10.1.2.0/24 dport 1000-2452 prohibit
ip route show table 200
ip rule add pref 300 from 192.0.2.0/24 nop
ip rule add pref 32000 sport 0-971 sport 2000 blackhole
ip route add prohibit 10.0.0.0/8 table 200
ip route get 10.1.2.3 from 192.0.2.1 tos 0x10 ipproto tcp
ip rule show table 100
ip route get 198.51.100.1 from 203.0.113.1 iif veth3 uid 50 ipproto 1 sport 0 dport 80 fibmatch
ip rule del uidrange 0-0 dport 1000-2100 from all
ip route get 127.0.0.1 from 203.0.113.1
ip route add prohibit 10.1.0.0/16 table 200
ip rule add pref 200 not oif veth2 oif veth2 iif lo table 100
ip rule add to 10.1.2.0/24 dport 2000 table 200 suppress_ifgroup 5
ip route add blackhole 10.1.2.3 table 200
ip rule add from 203.0.113.0/28 lookup main
sysctl -w net.ipv4.ip_forward=0
ip route del 203.0.113.16/28 table 100
ip route get 203.0.113.20 from 198.51.100.1 iif veth3
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip route get 10.1.2.3 from 203.0.113.5 iif veth3
ip route get 198.51.100.1 from 203.0.113.1 tos 0x08
ip route get 127.0.0.1 from 192.0.2.1 oif veth0 mark 7
ip rule add pref 100 uidrange 1000-2000 iif lo lookup 100
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 300
ip route get 198.51.100.1 from 203.0.113.1 mark 3 tos 0x08
ip route get 10.1.2.3 mark 0x100
ip route get 127.0.0.1 mark 0x100
ip -j rule
ip route get 10.1.9.9 from 203.0.113.1 mark 0x100 uid 50
ip route add default dev veth2 metric 10 table 100
ip rule del not uidrange 0-100 oif veth2 prohibit
ip rule add pref 32000 iif veth3 ipproto 1 ipproto udp table 100 suppress_prefixlength 0
ip -d rule
ip rule del pref 32000
ip route add 10.0.0.0/8 dev veth2 table 300
ip route add unreachable 10.0.0.0/8 table main
ip route get 192.0.2.77 iif veth3
ip route get 10.1.2.9 from 203.0.113.5 oif veth2
ip rule show
ip rule add pref 300 ipproto udp oif veth2 table 200
ip rule
ip route show table all
