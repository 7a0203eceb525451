# Seeded random policy-routing scenario (seed 23), from conformance/generators/policy.ts.
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
ip route add blackhole default table 100
ip route add throw default table 100
ip route add blackhole 10.1.2.3 table 100
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add 10.1.0.0/16 dev veth2 table 200
ip route add throw 10.1.2.0/24 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 table 300
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add blackhole 10.1.2.3 table main
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add prohibit default table main
ip route show table all
ip route get 8.8.8.8 from 192.0.2.1 iif veth0 ipproto tcp
ip route get 172.16.1.1 mark 0x13
ip route get 172.16.1.1
ip rule add pref 200 fwmark 0x10/0xf0 from 203.0.113.0/28 table 100 suppress_prefixlength 0
ip rule add pref 300 from 203.0.113.0/28 prohibit
ip route get 192.0.2.77 from 203.0.113.5 iif veth1
ip route get 10.1.2.9
ip route show table all
ip route get 10.0.0.1 from 198.51.100.9
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 from 192.0.2.1 iif veth3 mark 0x100 tos 0x08 ipproto 1
ip rule add to 8.8.8.8 dport 1000 unreachable
ip route get 198.51.100.1 oif veth2
ip rule add not sport 0 prohibit
ip route get 10.1.2.3 from 10.1.2.3
ip rule add pref 100 uidrange 0-0 fwmark 0x100 goto 50
ip route get 192.0.2.77 from 203.0.113.5 oif veth0 ipproto udp sport 1000 dport 2001
ip -j rule
ip route get 203.0.113.20 from 192.0.2.1 oif veth2
ip route del 0.0.0.0/1 table 100
ip rule
ip rule add pref 300 dport 0 dport 2000 lookup main
ip rule add pref 100 sport 2000 table 200 suppress_ifgroup 5
ip rule add pref 50 not tos lowdelay prohibit
ip rule add uidrange 1000-2000 table 100
ip route add unreachable 0.0.0.0/1 table 200
ip route get 192.0.2.77 oif veth0
ip rule add pref 32000 sport 0 blackhole
ip rule del from 198.51.100.1 uidrange 0-100 tos lowdelay
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 300 tos 0x08 table 100
ip -d rule
ip route add prohibit 10.1.0.0/16 table 100
ip route add default via 198.51.100.2 table 100
ip rule add pref 32000 tos lowdelay to 172.16.0.0/12 goto 50
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 uid 1500
ip rule show
ip rule add not to 10.1.2.0/24 from 203.0.113.0/28 to 10.1.2.0/24 unreachable
ip route get 10.1.2.3 oif veth0 mark 7
ip route get 172.16.1.1 tos 0x10 ipproto tcp sport 1000 dport 1000
ip rule add not sport 1000-1220 uidrange 1000-2000 blackhole
ip rule add pref 50 fwmark 0x100 lookup 100
ip route get 10.1.2.3 from 203.0.113.5 iif veth0 uid 50 ipproto tcp sport 1000 dport 2001
ip route get 10.1.2.9 ipproto tcp
ip rule add ipproto udp sport 0-476 from 198.51.100.1 goto 50
ip route get 10.1.9.9 from 203.0.113.5 mark 0x100 ipproto 1 sport 0 dport 80
ip route get 10.1.2.3 iif veth1 mark 7
ip route show table all
ip route get 10.1.9.9 from 10.1.2.3 iif veth3 mark 7 ipproto tcp fibmatch
ip route get 172.16.1.1 tos 0x08 uid 50
ip route get 10.1.2.3 from 198.51.100.9 iif veth1 mark 7
ip route get 8.8.8.8 mark 0x100
ip route get 10.1.9.9 from 10.1.2.3 tos 0x08
ip route get 192.0.2.77 from 203.0.113.1 mark 0x100 uid 0
ip -j rule
ip route add prohibit 203.0.113.16/28 table main
ip route get 203.0.113.20
ip route del 172.16.0.0/12 table 300
ip rule
ip route show table all
