# Seeded random policy-routing scenario (seed 86), from conformance/generators/policy.ts.
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
ip route add blackhole 172.16.0.0/12 metric 10 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 100
ip route add 0.0.0.0/1 dev veth2 table 200
ip route add 172.16.0.0/12 dev veth0 metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 table 200
ip route add unreachable 10.1.2.0/24 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table 300
ip route add throw default metric 10 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route add prohibit 10.1.0.0/16 metric 10 table main
ip -d rule
ip route add default via 198.51.100.2 metric 10 table 200
ip route del 10.0.0.0/8 table 200
ip rule
ip route add unreachable 10.1.2.3 metric 10 table 100
ip route del 10.0.0.0/8 table 200
ip rule del pref 300
ip route add blackhole 0.0.0.0/1 table 100
ip route del 10.1.2.0/24 table 300
ip route get 172.16.1.1 mark 0x13 tos 0x08
ip rule add pref 300 from 198.51.100.1 sport 0 table 200
ip route del 10.1.2.0/24 table 100
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip rule add pref 100 sport 0-105 ipproto tcp nop
ip rule add not from 10.0.0.0/8 table 300
sysctl -w net.ipv4.ip_forward=0
ip rule show table 100
ip -d rule
ip rule add pref 200 oif veth2 table 200
ip rule add pref 50 from all blackhole
ip rule
ip route get 192.0.2.77 from 198.51.100.1 mark 0x13 tos 0x10 fibmatch
ip rule add pref 300 iif veth3 lookup 200
ip route get 127.0.0.1 from 203.0.113.5 mark 0x100
ip route get 203.0.113.20 iif veth1 uid 50
ip route get 127.0.0.1 from 10.1.2.3 uid 0
ip rule add pref 32000 iif lo table 200 suppress_ifgroup 5
ip route add 10.1.2.0/24 dev veth0 metric 10 table 300
ip route get 8.8.8.8 from 203.0.113.1
ip rule add ipproto udp fwmark 3/3 prohibit
ip route get 127.0.0.1 from 10.1.2.3 iif veth1 ipproto udp fibmatch
ip route get 203.0.113.20 from 10.1.2.3
ip route show table 200
ip rule show table 100
ip rule add pref 300 dport 2000 table 100 suppress_prefixlength 16
ip route get 8.8.8.8 from 10.1.2.3 iif veth0 mark 0x100
ip rule show
ip rule show
ip rule add oif veth0 sport 2000 prohibit
ip -d rule
ip route get 8.8.8.8 from 192.0.2.1 uid 50 fibmatch
ip route get 203.0.113.20 mark 3 ipproto 1
ip rule del pref 32000
ip rule add tos lowdelay blackhole
ip rule list pref 100
ip rule del dport 0 unreachable
ip route get 8.8.8.8 iif veth0
ip rule del to 10.0.0.0/8
ip rule show table 100
ip -j rule
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route get 192.0.2.77 from 198.51.100.9 iif veth0 mark 7
ip route add 10.1.2.0/24 via 198.51.100.2 table main
ip route add blackhole 10.1.2.0/24 table 300
ip rule show
ip -j rule
ip rule add pref 200 iif veth3 nop
ip rule add ipproto 1 unreachable
ip route get 8.8.8.8 from 203.0.113.1 iif veth1 tos 0x10
ip route get 172.16.1.1
ip rule
ip route show table all
