# Seeded random policy-routing scenario (seed 99), from conformance/generators/policy.ts.
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
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add 10.1.2.3 dev veth0 metric 10 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 300
ip route add default via 192.0.2.3 table 300
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip route add prohibit 172.16.0.0/12 table main
ip route add throw 203.0.113.16/28 table main
ip route add throw 10.1.2.3 metric 10 table main
ip rule add pref 32000 to 172.16.0.0/12 from all sport 0-946 table 200 suppress_ifgroup 0
ip rule del pref 50
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 100
ip route get 127.0.0.1 from 203.0.113.5
ip rule del pref 50
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip rule add pref 32000 tos 0x08 lookup main
ip rule add ipproto 1 oif veth0 oif veth0 prohibit
ip rule add uidrange 1000-2000 oif veth2 blackhole
ip rule add pref 200 from 192.0.2.0/24 lookup 100
ip rule show table 100
ip route show table all
ip -d rule
ip rule
ip rule add pref 32000 fwmark 7 table main suppress_prefixlength 0
ip rule list pref 100
ip -j rule
ip rule add not from 192.0.2.0/24 ipproto 1 blackhole
ip route get 10.1.2.3 from 203.0.113.1
ip route get 172.16.1.1 tos 0x08
ip rule show
ip route get 203.0.113.20 fibmatch
ip rule add pref 32000 iif veth0 ipproto tcp table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 203.0.113.5 mark 3
ip rule add ipproto udp prohibit
ip -d rule
ip rule add uidrange 1000-2000 goto 300
ip route get 10.1.9.9 from 198.51.100.9 ipproto 1
ip route show table 200
ip route add 0.0.0.0/1 dev veth1 table 100
ip rule add not dport 1000 oif veth0 lookup main
ip rule add pref 100 not tos 0x08 dport 0 prohibit
ip route get 8.8.8.8 iif veth1 ipproto 1 sport 0 dport 1000
ip rule add pref 32000 ipproto 1 to 172.16.0.0/12 dport 2000 goto 200
ip rule add pref 200 dport 1000 iif veth3 to 10.0.0.0/8 table 100
ip link set veth2 up
ip route get 10.1.2.9 from 198.51.100.1
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.9.9 from 198.51.100.9
ip rule del from 10.0.0.0/8 table 200 suppress_ifgroup 5
ip route get 10.1.2.9 from 198.51.100.1 iif veth0 mark 0x13
ip route get 10.0.0.1 from 203.0.113.5 iif veth0 mark 7
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip rule show
ip route get 10.1.2.9 from 10.1.2.3 iif veth0 fibmatch
ip route get 192.0.2.77 tos 0x08
ip rule add oif veth0 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 203.0.113.5
ip rule add pref 50 dport 1000 dport 1000 table 200 suppress_ifgroup 5
ip rule
ip route get 10.1.2.3 from 203.0.113.1 mark 0x100
ip route get 203.0.113.20 from 192.0.2.1 ipproto 1 sport 1000 dport 2001
ip link set veth2 up
ip -d rule
ip route get 172.16.1.1 from 203.0.113.1 mark 0x13 fibmatch
ip route get 10.1.2.3 from 10.1.2.3 tos 0x10 uid 50
ip route add default via 192.0.2.2 table main
sysctl -w net.ipv4.ip_forward=0
ip rule
ip rule
ip route show table all
