# Seeded random policy-routing scenario (seed 146), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth0 table 100
ip route add default via 192.0.2.2 table 100
ip route add throw 10.0.0.0/8 table 100
ip route add unreachable 203.0.113.16/28 table 200
ip route add throw 10.1.0.0/16 table 200
ip route add default via 198.51.100.2 table 200
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.3 dev veth1 table 300
ip route add unreachable default table 300
ip route add throw 10.1.2.0/24 table main
ip route add default dev veth2 table main
ip route add 10.1.0.0/16 via 192.0.2.2 table main
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add 10.0.0.0/8 dev veth2 table 200
ip -j rule
ip route get 10.1.2.3 from 203.0.113.5
ip route show table all
ip route show table all
ip route get 198.51.100.1
ip rule add pref 32000 not fwmark 3/3 goto 100
ip rule del oif veth0
ip rule add pref 100 ipproto tcp nop
ip route get 10.1.2.3 from 203.0.113.1 iif veth0 tos 0x08
ip route get 172.16.1.1 iif veth1 mark 3
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route get 203.0.113.20 from 192.0.2.1 oif veth0 ipproto 1 sport 2500 dport 1000
ip rule del pref 200
ip route get 172.16.1.1 from 192.0.2.1
ip rule show
sysctl -w net.ipv4.ip_forward=0
ip route get 127.0.0.1 from 198.51.100.9
ip route get 8.8.8.8 ipproto tcp sport 1000 dport 2001 fibmatch
ip rule add dport 1000-1038 prohibit
ip rule add pref 200 ipproto 1 fwmark 3/3 sport 2000-2421 nop
ip route add unreachable 10.1.2.3 metric 10 table main
ip rule del pref 50
ip route get 10.0.0.1 mark 0x13 fibmatch
ip route get 10.1.2.3 from 203.0.113.5 tos 0x10 ipproto tcp sport 1000 dport 1000
ip rule del to 10.0.0.0/8 to 10.1.2.0/24 blackhole
ip route get 8.8.8.8 mark 7 ipproto 1 sport 0 dport 2001
ip route del 10.1.2.3 table 300
ip rule add to 10.1.2.0/24 to 8.8.8.8 table 300
ip route get 198.51.100.1
ip route get 10.1.9.9 tos 0x10
ip route get 192.0.2.77 from 203.0.113.5 ipproto udp sport 1000 dport 1000
ip route get 172.16.1.1 iif veth3 mark 0x13 uid 50
ip route del 10.0.0.0/8 table 300
ip rule add pref 32000 tos 0x10 dport 0 ipproto tcp unreachable
ip route get 127.0.0.1
ip route get 172.16.1.1 oif veth0 mark 0x100 ipproto tcp
ip route get 203.0.113.20 mark 3 uid 1500
ip rule list pref 100
ip route show table 200
ip rule add pref 300 uidrange 1000-2000 sport 2000 blackhole
ip route show table 200
ip rule add uidrange 1000-2000 oif veth2 blackhole
ip route show table all
ip rule del pref 300
ip route get 10.1.2.3 oif veth0
ip route get 8.8.8.8 from 203.0.113.5 mark 3 tos 0x08 uid 0
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 from 192.0.2.1 mark 7 tos 0x08
ip route get 10.1.2.3 iif veth0
ip route get 10.1.9.9 from 198.51.100.1 mark 3
ip route get 192.0.2.77 from 192.0.2.1 oif veth2
ip route get 172.16.1.1 from 192.0.2.1 mark 3 uid 1500
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule add pref 32000 to 172.16.0.0/12 blackhole
ip route get 10.1.9.9 from 10.1.2.3
ip route show table all
ip route add prohibit 10.1.2.0/24 table 200
ip rule add pref 50 not oif veth0 to 172.16.0.0/12 unreachable
ip rule
ip route show table all
