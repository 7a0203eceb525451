# Seeded random policy-routing scenario (seed 143), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.2.3 table 100
ip route add unreachable 203.0.113.16/28 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add 0.0.0.0/1 dev veth1 metric 10 table 200
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 200
ip route add default dev veth1 table 300
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add blackhole 203.0.113.16/28 table 300
ip route add 10.1.2.0/24 dev veth1 table main
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add 203.0.113.16/28 dev veth0 metric 10 table main
ip route get 203.0.113.20 from 203.0.113.5
ip route get 192.0.2.77 from 198.51.100.1 mark 0x100 ipproto udp sport 1000 dport 80
ip route add default via 198.51.100.2 table main
ip rule add not oif veth2 from 10.0.0.0/8 table 200 suppress_ifgroup 0
ip rule del to 8.8.8.8 prohibit
ip rule show table 100
ip route add 10.1.0.0/16 dev veth0 table 100
ip rule del uidrange 1000-2000 prohibit
ip -j rule
ip route get 10.0.0.1 from 203.0.113.1 mark 7 tos 0x08 ipproto 1 sport 1000 dport 1000
ip route get 10.1.2.3 mark 0x13 tos 0x10 ipproto udp sport 1000 dport 1000
ip rule add pref 200 tos 0x10 goto 32000
ip route get 192.0.2.77 from 203.0.113.5 oif veth2 mark 3 tos 0x10 uid 50
ip route get 10.1.2.9 from 203.0.113.5
ip rule add from 10.0.0.0/8 table 100 suppress_prefixlength 8
ip route del 172.16.0.0/12 table 200
ip route get 8.8.8.8
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 200 from 198.51.100.1 table 100 suppress_prefixlength 0
ip route show table 200
ip route show table 200
ip route get 127.0.0.1 iif veth1 mark 7 tos 0x10
ip route get 10.1.2.9 oif veth0 mark 3 tos 0x10 fibmatch
ip route show table 200
ip route get 10.1.9.9 iif veth0
ip route show table 200
ip route del 10.0.0.0/8 table 200
ip rule add pref 32000 sport 1000 dport 2000 goto 50
ip rule add oif veth2 sport 0-1300 blackhole
ip route get 198.51.100.1 from 192.0.2.1
ip route get 203.0.113.20
ip rule list pref 100
ip rule list pref 100
ip route get 198.51.100.1 oif veth2 mark 3
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table main
ip rule list pref 100
ip rule add iif veth0 tos 0x08 prohibit
ip route get 10.0.0.1 from 192.0.2.1 ipproto 1 sport 1000 dport 2001
ip route get 10.1.2.9 from 198.51.100.9 tos 0x10
ip rule add pref 200 ipproto tcp fwmark 0x100 goto 100
ip rule
ip rule add to 8.8.8.8 iif veth1 blackhole
ip route del default table 300
ip rule
ip rule add pref 200 iif veth0 tos 0x08 blackhole
ip rule add pref 32000 iif veth3 from all table 200
ip rule add pref 300 sport 0 sport 2000 lookup 200
ip link set veth2 down
ip route get 192.0.2.77 from 198.51.100.1 iif veth1
ip route add default dev veth2 table 200
ip route show table 200
ip route get 198.51.100.1 uid 0
ip rule
ip rule add pref 200 ipproto 1 ipproto 1 table 200 suppress_ifgroup 0
ip route add 10.1.0.0/16 dev veth2 table 200
ip route del default table 300
ip rule add not uidrange 0-100 fwmark 7 unreachable
ip route get 10.1.2.3 uid 1500
ip route get 10.0.0.1 mark 7 ipproto tcp sport 1500 dport 1000
ip rule add to 8.8.8.8 goto 50
ip rule
ip route show table all
