# Seeded random policy-routing scenario (seed 210), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add unreachable default table 100
ip route add default via 192.0.2.3 table 100
ip route add 10.1.2.0/24 dev veth0 table 200
ip route add prohibit 10.1.0.0/16 table 200
ip route add 10.1.2.0/24 dev veth1 metric 10 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 300
ip route add throw 0.0.0.0/1 metric 10 table 300
ip route add throw 10.0.0.0/8 table main
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add 10.1.0.0/16 dev veth2 table main
ip route get 127.0.0.1 from 198.51.100.9 uid 1500
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 300
ip route get 198.51.100.1 mark 0x100 uid 0 ipproto tcp sport 2500 dport 80
ip rule add pref 300 uidrange 1000-2000 oif veth0 table main suppress_prefixlength 0
ip route get 172.16.1.1 from 203.0.113.1 oif veth2
ip route get 8.8.8.8 oif veth0 mark 0x100
ip rule add pref 300 sport 2000 unreachable
ip rule add pref 50 sport 2000-3304 to 10.0.0.0/8 goto 50
ip route get 127.0.0.1 from 203.0.113.5 iif veth1
ip rule add pref 32000 not uidrange 1000-2000 goto 32000
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 100
sysctl -w net.ipv4.ip_forward=1
ip rule list pref 100
ip route get 172.16.1.1 uid 50
ip route get 10.0.0.1 from 10.1.2.3 fibmatch
ip rule add sport 1000-1144 prohibit
ip route get 192.0.2.77 iif veth1 mark 7 uid 1500
ip rule add pref 32000 sport 2000 prohibit
ip route get 172.16.1.1 from 198.51.100.1 tos 0x10 ipproto tcp sport 0 dport 1000
sysctl -w net.ipv4.ip_forward=0
ip route show table all
ip rule add pref 300 uidrange 1000-2000 table 200 suppress_ifgroup 5
ip rule show table 100
ip -d rule
ip rule add pref 32000 iif veth1 uidrange 1000-2000 blackhole
ip -j rule
ip rule
ip route get 10.1.9.9 from 203.0.113.1
ip -j rule
ip rule add sport 2000-3474 oif veth0 goto 300
ip rule add pref 50 from all oif veth2 goto 32000
ip route del 10.1.2.3 table main
ip route get 198.51.100.1 from 203.0.113.5
ip rule add iif lo table 200
ip route show table 200
ip route add 10.1.2.0/24 dev veth2 table 200
ip link set veth0 up
ip route get 203.0.113.20 from 10.1.2.3 uid 50 ipproto udp sport 1500 dport 1000
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip rule add pref 300 sport 0 sport 2000-3246 nop
ip route add blackhole 10.1.2.3 table 300
ip rule add pref 100 not tos 0x10 goto 50
ip route get 10.1.2.3 iif veth3
ip rule show table 100
ip rule del iif veth1 oif veth2 prohibit
ip rule add pref 32000 iif lo nop
ip rule add pref 32000 iif veth3 to 10.1.2.0/24 tos 0x10 prohibit
ip route add unreachable 172.16.0.0/12 table 200
ip route get 10.1.9.9 from 198.51.100.1 fibmatch
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip route get 10.0.0.1 from 198.51.100.9
ip route get 198.51.100.1 mark 0x100
ip route show table 200
ip route get 127.0.0.1 oif veth0 ipproto tcp sport 1000 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 from 198.51.100.1 fibmatch
ip rule add pref 50 to 172.16.0.0/12 goto 200
ip route get 127.0.0.1 fibmatch
ip rule del ipproto 1
ip route get 10.1.2.9
ip rule
ip route show table all
