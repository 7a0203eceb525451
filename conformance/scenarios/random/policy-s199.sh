# Seeded random policy-routing scenario (seed 199), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 192.0.2.2 table 100
ip route add unreachable 10.0.0.0/8 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 table 100
ip route add 203.0.113.16/28 dev veth0 table 200
ip route add throw 10.1.2.3 metric 10 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 200
ip route add prohibit 10.1.2.0/24 table 300
ip route add throw 10.0.0.0/8 table 300
ip route add blackhole 10.0.0.0/8 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip route add 10.1.0.0/16 via 192.0.2.3 table main
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 100
ip route show table 200
ip rule show table 100
ip rule del pref 300
ip route get 10.1.9.9 from 192.0.2.1 oif veth0
ip route add default via 198.51.100.2 table 100
ip route get 198.51.100.1 from 203.0.113.1 ipproto tcp sport 2500 dport 2001
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule del dport 1000 tos 0x08
ip route get 10.1.2.9 from 203.0.113.5 ipproto tcp sport 1000 dport 1000 fibmatch
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip rule
ip route get 10.0.0.1 from 198.51.100.9
ip route get 10.1.2.9 from 198.51.100.9 oif veth0 mark 0x100
ip rule add oif veth0 sport 1000-1834 goto 200
ip route get 8.8.8.8 ipproto 1 sport 2500 dport 80
ip rule list pref 100
ip rule del iif veth0 unreachable
ip route get 10.1.2.9 mark 3 ipproto 1 fibmatch
ip rule add oif veth0 prohibit
ip route get 8.8.8.8 from 192.0.2.1
ip rule add pref 32000 sport 1000-2295 oif veth0 nop
ip -j rule
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table main
ip route add 10.1.2.3 dev veth1 table main
ip route del default table 100
ip route get 172.16.1.1 from 198.51.100.9 oif veth2
ip route get 172.16.1.1 from 192.0.2.1 fibmatch
ip route get 10.1.2.3 oif veth0
ip route get 10.0.0.1 from 203.0.113.1 iif veth0 uid 0
ip route get 8.8.8.8 from 203.0.113.5 iif veth3 tos 0x08
ip route add blackhole 10.1.2.0/24 table main
ip -j rule
ip route get 8.8.8.8 from 10.1.2.3 oif veth2 uid 1500
ip route get 10.1.2.3 from 203.0.113.1
ip rule del pref 200
ip rule del iif veth3 ipproto tcp
ip route get 172.16.1.1 from 203.0.113.5
ip route get 172.16.1.1 from 198.51.100.9
ip rule add pref 200 sport 1000-2029 nop
ip route get 10.1.2.3 from 192.0.2.1 oif veth0 uid 50 fibmatch
ip rule del sport 2000 oif veth2
ip rule add pref 200 sport 1000-1033 lookup 200
ip rule del to 8.8.8.8 fwmark 7 dport 0 blackhole
ip route get 10.0.0.1 from 10.1.2.3
ip route show table all
ip route get 10.1.2.9 from 198.51.100.9 mark 0x13 uid 0
ip route add prohibit 172.16.0.0/12 metric 10 table main
ip route show table 200
ip rule
ip route get 127.0.0.1 iif veth3 mark 0x13 ipproto 1 sport 0 dport 1000 fibmatch
ip rule add tos lowdelay unreachable
ip route get 127.0.0.1 oif veth2 mark 0x100 tos 0x08
ip rule add pref 100 sport 0-1419 to 8.8.8.8 blackhole
ip route get 198.51.100.1 iif veth1 uid 50 ipproto tcp sport 2500 dport 80
ip route get 203.0.113.20 from 198.51.100.9 uid 1500
ip route show table 200
ip route get 8.8.8.8 from 203.0.113.1 mark 3
ip rule
ip route show table all
