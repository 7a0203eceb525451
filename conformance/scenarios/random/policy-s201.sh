# Seeded random policy-routing scenario (seed 201), from conformance/generators/policy.ts.
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
ip route add default via 198.51.100.2 table 100
ip route add prohibit 203.0.113.16/28 table 100
ip route add 10.1.2.3 dev veth1 table 100
ip route add blackhole 172.16.0.0/12 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add blackhole 172.16.0.0/12 table 200
ip route add default via 198.51.100.2 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add blackhole 0.0.0.0/1 table main
ip route add 10.1.2.3 dev veth1 metric 10 table main
ip route add throw 0.0.0.0/1 table 200
ip rule add iif veth1 nop
ip route get 10.1.9.9 from 198.51.100.9 iif veth3
ip route get 172.16.1.1 oif veth2 ipproto tcp sport 1000 dport 80
ip route get 127.0.0.1
ip route get 10.1.9.9 tos 0x10 uid 50
ip route show table 200
ip rule show table 100
ip route get 192.0.2.77 from 192.0.2.1
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 from 203.0.113.1 tos 0x08
ip rule del pref 50
ip route get 8.8.8.8 from 10.1.2.3 iif veth1 uid 1500
ip route del 0.0.0.0/1 table 100
ip route get 10.1.2.9 from 203.0.113.5 oif veth0 tos 0x10
ip route get 203.0.113.20 iif veth3 mark 3 ipproto 1 sport 1000 dport 1000
ip route del 172.16.0.0/12 table 300
ip rule add pref 32000 fwmark 0x10/0xf0 fwmark 3/3 lookup 200
ip route add unreachable 172.16.0.0/12 table 300
ip route get 203.0.113.20 from 198.51.100.9 mark 0x13 fibmatch
ip route get 203.0.113.20 from 203.0.113.5 oif veth2 ipproto udp sport 1500 dport 1000
ip route show table all
ip route get 127.0.0.1 from 203.0.113.1 mark 0x100
ip route get 10.1.9.9 mark 0x13 uid 50
ip route show table all
ip -j rule
ip rule add pref 50 tos 0x10 oif veth0 table 100 suppress_prefixlength 0
ip route get 10.0.0.1 mark 0x100 tos 0x08 ipproto tcp sport 0 dport 80
ip route get 198.51.100.1 iif veth1 mark 3 uid 0
ip -j rule
ip route show table all
ip -d rule
ip route get 10.1.2.3 oif veth0 mark 3 tos 0x10
ip link set veth2 down
ip route get 10.0.0.1 oif veth2
ip route show table all
ip rule add pref 50 oif veth0 sport 1000-1846 sport 0 table 100 suppress_prefixlength 8
ip rule del pref 200
ip rule del dport 0-1466 iif veth0 goto 300
ip rule show table 100
ip route get 8.8.8.8 from 198.51.100.9 uid 0 ipproto 1 sport 2500 dport 80
ip rule list pref 100
ip -d rule
ip route show table 200
ip route get 198.51.100.1 from 10.1.2.3 oif veth0 tos 0x10
ip route show table 200
ip rule show table 100
ip rule add uidrange 1000-2000 sport 0 unreachable
ip rule show
ip -j rule
ip route get 172.16.1.1 from 198.51.100.1
ip route get 198.51.100.1 from 192.0.2.1 mark 7
ip rule add pref 200 iif lo lookup main
ip rule add pref 200 ipproto tcp dport 1000 nop
ip rule
ip rule del from 203.0.113.0/28 iif veth0
ip rule add pref 200 oif veth2 oif veth2 unreachable
ip route add unreachable default table 300
ip route show table all
ip route get 203.0.113.20 from 203.0.113.1 iif veth3
ip rule
ip route show table all
