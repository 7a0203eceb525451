# Seeded random policy-routing scenario (seed 17), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.2.0/24 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
ip route add unreachable 0.0.0.0/1 table 100
ip route add unreachable 10.0.0.0/8 table 200
ip route add 10.0.0.0/8 dev veth0 table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 200
ip route add prohibit 10.0.0.0/8 metric 10 table 300
ip route add throw 0.0.0.0/1 metric 10 table 300
ip route add prohibit 172.16.0.0/12 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table main
ip route add blackhole 203.0.113.16/28 table main
ip route add unreachable 10.0.0.0/8 table main
ip route del 10.1.2.0/24 table 100
ip route get 198.51.100.1
ip rule add sport 0-132 uidrange 1000-2000 table 100
ip rule add pref 100 to 172.16.0.0/12 oif veth0 ipproto 1 table main suppress_prefixlength 8
ip rule add pref 32000 not sport 2000 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 from 198.51.100.1
ip rule del iif veth1 from 192.0.2.0/24 lookup main
ip rule del fwmark 0x100
ip rule add pref 200 iif veth0 from 203.0.113.0/28 dport 1000-2804 prohibit
ip route add prohibit 172.16.0.0/12 table main
ip rule add pref 200 oif veth2 prohibit
ip rule add tos lowdelay goto 50
ip rule add pref 50 iif veth1 prohibit
ip rule show table 100
sysctl -w net.ipv4.ip_forward=0
ip rule show
ip route get 10.0.0.1 ipproto 1 sport 2500 dport 80
ip route get 8.8.8.8 from 203.0.113.1 iif veth3 mark 3 uid 1500
ip route get 10.1.2.9 iif veth1 mark 0x13 uid 50
ip rule add pref 100 fwmark 3/3 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 from 10.1.2.3 ipproto 1 sport 1500 dport 2001
ip route del default table 300
ip route get 10.1.2.3
ip rule show
ip route get 10.1.2.9
ip -d rule
ip rule add pref 300 from 192.0.2.0/24 iif veth0 table 100 suppress_prefixlength 16
ip route get 10.1.9.9 from 203.0.113.1 tos 0x08 ipproto tcp sport 2500 dport 1000 fibmatch
ip rule show
ip rule add not from 192.0.2.0/24 from all table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 198.51.100.9 mark 0x100
ip route get 127.0.0.1 iif veth0
ip route get 10.0.0.1 oif veth2 tos 0x10
ip route get 8.8.8.8 iif veth1
ip route del 0.0.0.0/1 table 200
ip route get 10.0.0.1 iif veth3
ip rule add oif veth2 uidrange 0-100 goto 50
ip -j rule
ip rule add pref 32000 tos 0x10 table main suppress_prefixlength 16
ip route add throw 10.0.0.0/8 metric 10 table 200
ip rule add pref 200 not fwmark 7 tos 0x10 dport 2000-2532 goto 100
ip route del 10.1.2.3 table main
ip route get 8.8.8.8 from 192.0.2.1
ip route get 198.51.100.1 from 192.0.2.1
ip route get 192.0.2.77
ip route get 127.0.0.1 from 203.0.113.5
ip rule add to 8.8.8.8 table 200 suppress_ifgroup 5
ip rule add to 172.16.0.0/12 unreachable
ip rule list pref 100
ip route show table 200
ip rule add ipproto tcp uidrange 1000-2000 table 200 suppress_ifgroup 5
ip rule add oif veth2 lookup 200
ip route add default dev veth0 table main
ip route del 203.0.113.16/28 table 200
ip rule list pref 100
sysctl -w net.ipv4.ip_forward=0
ip rule add not uidrange 1000-2000 ipproto 1 prohibit
ip -j rule
ip rule add pref 300 from 10.0.0.0/8 iif lo dport 1000-2844 table main suppress_prefixlength 0
ip route get 172.16.1.1 mark 7 uid 0
ip rule
ip route show table all
