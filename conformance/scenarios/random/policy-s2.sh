# Seeded random policy-routing scenario (seed 2), from conformance/generators/policy.ts.
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
ip route add unreachable 0.0.0.0/1 table 100
ip route add throw default table 100
ip route add unreachable 10.1.2.0/24 table 100
ip route add throw 10.1.0.0/16 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add throw default table 300
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add 0.0.0.0/1 dev veth1 table main
ip route add default dev veth1 metric 10 table main
ip route add 172.16.0.0/12 via 203.0.113.2 table main
sysctl -w net.ipv4.ip_forward=0
ip rule add iif lo blackhole
ip rule add pref 300 not sport 1000-2635 table 100
ip route add throw 203.0.113.16/28 table 300
ip route get 10.1.2.3 tos 0x08 uid 0 ipproto udp
ip rule show
ip route show table all
ip rule add pref 200 tos 0x10 oif veth2 lookup main
ip rule add pref 32000 tos 0x10 sport 2000-3673 unreachable
ip rule add pref 300 oif veth0 ipproto 1 tos 0x08 table 100 suppress_prefixlength 8
ip rule add pref 32000 fwmark 7 table 200
ip route show table all
ip route get 10.0.0.1 oif veth0 mark 0x13 ipproto udp
ip rule show
ip route get 198.51.100.1 oif veth0
ip -d rule
ip rule add ipproto 1 oif veth2 sport 0-414 lookup 100
ip route get 192.0.2.77 iif veth0 mark 0x13
ip route show table 200
ip route get 203.0.113.20 from 198.51.100.9 iif veth3 mark 0x13 ipproto tcp sport 1000 dport 1000
ip route get 203.0.113.20 from 10.1.2.3 mark 0x13 ipproto tcp
ip rule add pref 50 dport 2000-3637 dport 1000-1337 iif veth3 table 200 suppress_ifgroup 5
ip route get 10.0.0.1 from 198.51.100.9 mark 0x13
ip route get 8.8.8.8 from 203.0.113.1
ip rule add pref 32000 tos lowdelay table 100 suppress_prefixlength 16
ip route get 10.1.9.9 oif veth2 mark 3 uid 0
ip route get 198.51.100.1 oif veth2 tos 0x10 ipproto tcp sport 2500 dport 80 fibmatch
ip route del 172.16.0.0/12 table main
ip route get 172.16.1.1
ip route add unreachable 10.1.2.0/24 table 100
ip rule add dport 1000 prohibit
ip route show table all
ip route get 172.16.1.1 from 192.0.2.1
ip route get 10.0.0.1 oif veth0 mark 3 uid 50
ip route get 203.0.113.20
ip route get 10.1.9.9 from 203.0.113.1 iif veth0 mark 0x100
ip route get 8.8.8.8 oif veth2
ip rule add tos 0x08 fwmark 0x100 nop
ip route add throw 10.1.2.3 table 100
ip route get 127.0.0.1
ip rule add pref 300 ipproto udp blackhole
ip route add 10.0.0.0/8 dev veth2 table 100
ip rule add tos 0x08 to 172.16.0.0/12 blackhole
ip rule show
ip route get 8.8.8.8 oif veth2
ip route show table all
ip rule add to 10.0.0.0/8 fwmark 3/3 dport 2000 lookup main
ip route show table 200
ip rule add sport 1000 iif veth1 table 100
ip -d rule
ip rule add pref 300 not iif lo nop
ip route add throw 10.1.0.0/16 metric 10 table 200
ip route get 203.0.113.20 from 192.0.2.1 ipproto udp sport 2500 dport 2001
ip -d rule
ip rule add from 192.0.2.0/24 from 10.0.0.0/8 nop
ip route get 172.16.1.1 iif veth1
ip rule add pref 200 not dport 0-8 oif veth2 nop
ip route get 127.0.0.1 from 192.0.2.1
ip route del 10.1.2.3 table 300
ip rule add not tos 0x10 sport 0-854 lookup main
ip rule
ip route show table all
