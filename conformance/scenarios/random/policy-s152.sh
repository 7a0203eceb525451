# Seeded random policy-routing scenario (seed 152), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add prohibit 172.16.0.0/12 table 100
ip route add default dev veth1 metric 10 table 100
ip route add unreachable 0.0.0.0/1 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add blackhole 172.16.0.0/12 table 200
ip route add default via 198.51.100.2 table 300
ip route add 10.1.0.0/16 via 203.0.113.2 table 300
ip route add 10.1.2.0/24 dev veth0 metric 10 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 table main
ip route add 0.0.0.0/1 via 203.0.113.2 table main
ip route add default dev veth2 metric 10 table main
ip route show table 200
ip -j rule
ip rule del not iif lo sport 2000-2436 unreachable
ip route get 8.8.8.8 from 203.0.113.5 iif veth1
ip route get 10.1.2.3 iif veth0 ipproto udp sport 0 dport 1000
ip route get 127.0.0.1 from 198.51.100.1 iif veth0 mark 0x100
ip -j rule
ip rule add pref 300 to 10.0.0.0/8 tos lowdelay ipproto udp goto 300
ip rule show table 100
ip rule add iif veth1 from 203.0.113.0/28 ipproto 1 table 200 suppress_ifgroup 0
ip route get 8.8.8.8 from 203.0.113.1 ipproto udp sport 2500 dport 2001
ip link set veth0 up
ip route del 10.1.0.0/16 table 100
ip -j rule
ip rule del sport 0 tos lowdelay
ip rule add pref 300 ipproto tcp blackhole
ip route get 10.0.0.1 from 198.51.100.1 mark 0x13 tos 0x08
ip rule add ipproto tcp uidrange 1000-2000 goto 300
ip link set veth0 up
ip route del 10.1.0.0/16 table 100
ip rule add pref 200 oif veth2 blackhole
ip route get 192.0.2.77 from 198.51.100.9 iif veth3 uid 50
ip route add 172.16.0.0/12 dev veth1 table 100
ip link set veth2 up
ip route show table all
ip route get 172.16.1.1 mark 0x100
ip -j rule
ip rule add pref 200 uidrange 1000-2000 to 8.8.8.8 blackhole
ip rule del not oif veth0 dport 0-495 from 192.0.2.0/24 table main suppress_prefixlength 8
ip route show table all
ip rule add pref 50 iif veth0 unreachable
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 100
ip rule add tos 0x08 to 10.0.0.0/8 table 100
ip route get 10.1.2.9 from 192.0.2.1 oif veth2 mark 7 uid 1500 fibmatch
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 from 192.0.2.1 uid 0
ip route get 172.16.1.1 from 198.51.100.1 ipproto tcp fibmatch
ip rule add pref 32000 ipproto udp to 172.16.0.0/12 iif veth0 lookup main
ip route get 198.51.100.1 from 192.0.2.1 mark 0x13 tos 0x08
ip route get 10.1.2.3 oif veth2 ipproto tcp sport 1000 dport 2001
ip route get 203.0.113.20
ip rule show
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip link set veth2 up
ip -j rule
ip route del 10.1.2.0/24 table 300
ip route get 10.1.2.3 from 10.1.2.3 iif veth3 tos 0x08
ip route add unreachable 10.1.2.3 table main
ip rule add pref 50 not oif veth0 dport 1000 goto 32000
ip route del 0.0.0.0/1 table main
ip route get 10.1.2.9 from 10.1.2.3 oif veth2 uid 1500 ipproto tcp sport 1000 dport 80
ip route get 10.1.2.9 mark 0x13
ip route get 127.0.0.1 mark 0x13 uid 1500
ip route add 10.0.0.0/8 dev veth2 table main
ip route get 172.16.1.1 from 203.0.113.1 uid 0
ip rule add pref 100 fwmark 0x100 dport 1000 table main suppress_prefixlength 8
ip route get 192.0.2.77 from 10.1.2.3
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 300
ip rule
ip rule
ip route show table all
