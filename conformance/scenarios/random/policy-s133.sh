# Seeded random policy-routing scenario (seed 133), from conformance/generators/policy.ts.
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
ip route add prohibit 10.1.0.0/16 metric 10 table 100
ip route add blackhole 10.1.2.0/24 table 100
ip route add 10.0.0.0/8 dev veth1 table 200
ip route add blackhole default table 200
ip route add prohibit default metric 10 table 200
ip route add blackhole default table 300
ip route add 10.0.0.0/8 dev veth0 metric 10 table 300
ip route add default dev veth2 table 300
ip route add throw 0.0.0.0/1 table main
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add default dev veth1 metric 10 table main
ip rule del pref 200
ip route get 10.1.9.9 from 203.0.113.5 ipproto udp sport 1000 dport 2001
ip route get 10.0.0.1 from 192.0.2.1 mark 7 ipproto 1 sport 1500 dport 2001
ip route add prohibit 10.0.0.0/8 table 300
ip route get 203.0.113.20 from 192.0.2.1 iif veth3
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 300
ip route add throw default table 100
ip route add 172.16.0.0/12 dev veth2 table 200
ip route get 192.0.2.77 from 198.51.100.9 iif veth0
ip route get 127.0.0.1 from 198.51.100.1 uid 0
ip route get 10.1.9.9 from 198.51.100.9 mark 3 ipproto udp sport 1500 dport 1000
ip route get 192.0.2.77 from 192.0.2.1 ipproto udp
ip route get 10.1.2.9 from 198.51.100.1
ip route get 8.8.8.8 from 198.51.100.1 iif veth3
ip route get 172.16.1.1 oif veth0 uid 1500
ip route show table 200
ip route get 203.0.113.20 from 203.0.113.5 oif veth2 uid 50
ip route get 127.0.0.1 from 198.51.100.1 tos 0x08
ip route get 10.0.0.1 mark 7 fibmatch
ip rule add pref 200 uidrange 0-100 table 200 suppress_ifgroup 0
ip rule add tos 0x08 dport 2000 oif veth2 goto 32000
ip route get 8.8.8.8 tos 0x10
sysctl -w net.ipv4.ip_forward=1
ip rule
ip rule add pref 200 to 10.1.2.0/24 ipproto 1 prohibit
ip rule del tos lowdelay sport 2000 sport 2000 table 100 suppress_prefixlength 8
ip rule add pref 100 uidrange 1000-2000 to 8.8.8.8 sport 1000 lookup 100
ip route get 10.1.2.9 fibmatch
ip rule add pref 50 from 10.0.0.0/8 fwmark 0x10/0xf0 blackhole
ip route get 10.1.9.9 from 198.51.100.1 ipproto 1
ip rule add pref 50 not uidrange 0-100 uidrange 0-100 table 100 suppress_prefixlength 16
ip rule show table 100
ip -j rule
ip rule list pref 100
ip rule add pref 32000 not sport 2000-3173 table 200
ip rule add iif lo prohibit
ip rule add pref 100 tos 0x10 dport 1000-2344 blackhole
ip rule add pref 300 fwmark 7 nop
ip route get 8.8.8.8 iif veth0 mark 0x100 ipproto tcp sport 0 dport 80
ip route add 10.1.2.0/24 dev veth1 table 100
ip rule add pref 50 ipproto 1 oif veth0 from 10.0.0.0/8 goto 50
ip rule del oif veth0 tos 0x08
ip route add prohibit 0.0.0.0/1 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule del iif veth3 lookup 200
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip rule list pref 100
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table main
ip rule del sport 0 sport 2000
ip route get 172.16.1.1 from 203.0.113.5 mark 3
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.3 from 192.0.2.1 tos 0x08 uid 1500
ip route get 198.51.100.1 from 203.0.113.5
ip rule del from all oif veth0 unreachable
ip route get 172.16.1.1 from 192.0.2.1
ip rule del pref 300
ip route get 8.8.8.8
ip route add throw 10.1.2.0/24 table main
ip route get 172.16.1.1 mark 0x13 tos 0x10 uid 1500
ip rule add not uidrange 0-100 table main suppress_prefixlength 16
ip rule
ip route show table all
