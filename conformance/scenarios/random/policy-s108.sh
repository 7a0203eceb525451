# Seeded random policy-routing scenario (seed 108), from conformance/generators/policy.ts.
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
ip route add default via 192.0.2.2 table 100
ip route add blackhole 10.1.2.3 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 table 200
ip route add 10.1.2.3 dev veth2 table 300
ip route add unreachable 203.0.113.16/28 table 300
ip route add unreachable 10.1.0.0/16 metric 10 table 300
ip route add prohibit 172.16.0.0/12 table main
ip route add 10.1.2.0/24 dev veth2 table main
ip route add throw 203.0.113.16/28 table main
ip rule list pref 100
ip rule del pref 100
ip rule add not oif veth2 sport 1000 iif veth1 prohibit
ip route get 172.16.1.1
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 mark 0x100
ip rule add oif veth0 ipproto 1 table main suppress_prefixlength 16
ip route get 203.0.113.20 from 10.1.2.3 ipproto 1 sport 1500 dport 1000
ip rule show table 100
ip -d rule
ip route get 127.0.0.1 from 203.0.113.5 iif veth1 mark 3 tos 0x10
ip rule del to 10.0.0.0/8 tos lowdelay
ip route get 10.1.2.9 from 203.0.113.1 mark 3 ipproto tcp sport 1500 dport 2001
ip rule add pref 50 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route add unreachable 203.0.113.16/28 metric 10 table 200
ip rule add sport 1000 blackhole
ip rule add pref 200 not oif veth2 tos lowdelay nop
ip route get 127.0.0.1 mark 0x13 ipproto 1
ip rule
ip route get 10.1.9.9 ipproto udp sport 2500 dport 1000
ip route get 10.0.0.1 from 198.51.100.9 oif veth0 uid 0 ipproto 1 sport 1500 dport 80 fibmatch
ip route show table 200
ip route get 10.1.2.9 oif veth2
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 100
ip rule add pref 50 not to 10.0.0.0/8 oif veth0 dport 0-40 unreachable
ip rule add pref 32000 not sport 1000 nop
ip route get 8.8.8.8 iif veth3 tos 0x08
ip rule del pref 100
ip route add blackhole 203.0.113.16/28 table main
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip rule add pref 32000 oif veth2 oif veth0 sport 2000 table 100 suppress_prefixlength 0
ip rule add not iif veth0 tos 0x08 fwmark 7 blackhole
ip rule del ipproto udp nop
ip route show table 200
ip route get 10.0.0.1 from 203.0.113.1 mark 7
ip route del 203.0.113.16/28 table 100
ip route show table 200
ip route get 172.16.1.1
ip rule add pref 100 uidrange 0-0 blackhole
ip route get 172.16.1.1
ip rule add pref 50 oif veth0 table 100 suppress_prefixlength 16
ip route show table 200
ip route get 127.0.0.1 uid 1500
ip rule add pref 100 ipproto tcp ipproto udp table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 198.51.100.1 iif veth0 mark 7
ip route get 172.16.1.1 iif veth1 mark 7 tos 0x08
ip route add unreachable 172.16.0.0/12 metric 10 table 300
ip route get 10.1.2.3 uid 0
ip rule add pref 200 not uidrange 0-0 table 200
ip rule add pref 32000 not tos 0x08 goto 100
ip -j rule
ip route get 198.51.100.1 from 192.0.2.1
ip rule list pref 100
ip rule add not from 198.51.100.1 dport 2000-3825 dport 1000-1215 table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 127.0.0.1
ip rule add not sport 1000-1301 dport 1000 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 iif veth1 mark 3
ip rule add sport 1000-1789 fwmark 0x100 to 10.1.2.0/24 unreachable
ip -d rule
ip route get 172.16.1.1 from 198.51.100.9 oif veth0 uid 0
ip rule
ip route show table all
