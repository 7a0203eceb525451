# Seeded random policy-routing scenario (seed 67), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 100
ip route add blackhole 0.0.0.0/1 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 200
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip route add prohibit 203.0.113.16/28 table 300
ip route add default via 192.0.2.2 table 300
ip route add throw 10.0.0.0/8 table 300
ip route add throw default table main
ip route add blackhole 203.0.113.16/28 table main
ip route add unreachable 203.0.113.16/28 metric 10 table main
ip rule del pref 32000
ip route get 172.16.1.1 from 198.51.100.1 iif veth3 uid 50 ipproto tcp
ip route get 203.0.113.20 oif veth0 mark 0x100 ipproto udp
ip rule add pref 200 not ipproto udp uidrange 0-100 from 10.0.0.0/8 prohibit
ip route get 10.1.2.9 mark 3
ip rule add pref 300 sport 0 ipproto tcp fwmark 3/3 goto 300
ip rule add pref 50 dport 0-862 goto 300
ip route get 10.1.2.9 from 203.0.113.1 tos 0x10 ipproto udp sport 1500 dport 1000
ip rule add pref 300 ipproto 1 dport 0 nop
ip rule add pref 100 fwmark 0x100 iif veth3 prohibit
ip rule del fwmark 0x10/0xf0 nop
ip -d rule
ip rule show
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 50 uidrange 0-100 nop
ip route get 8.8.8.8 mark 0x100 tos 0x08
ip rule del oif veth0
ip route del 10.0.0.0/8 table 300
ip route get 198.51.100.1 mark 0x13 tos 0x10
ip rule add not uidrange 0-0 table 100 suppress_prefixlength 8
ip route get 172.16.1.1 mark 0x100
ip rule add uidrange 1000-2000 blackhole
ip route add prohibit default table main
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 100
ip route get 10.1.2.9 from 10.1.2.3
ip rule del dport 2000 uidrange 0-100 from 10.0.0.0/8
ip route get 203.0.113.20 oif veth2 mark 0x100 tos 0x08
ip rule del pref 100
ip route add prohibit 10.1.2.3 table main
ip route show table all
sysctl -w net.ipv4.ip_forward=0
ip rule del uidrange 0-100 sport 1000-2318 lookup 100
ip route show table all
ip rule add pref 200 uidrange 0-0 prohibit
ip rule del pref 32000
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table main
ip route add 10.0.0.0/8 dev veth1 metric 10 table 200
ip route show table 200
ip route get 10.0.0.1 from 198.51.100.9 ipproto 1 sport 0 dport 1000
ip route del 203.0.113.16/28 table main
ip rule add uidrange 1000-2000 ipproto tcp blackhole
ip rule add oif veth2 dport 2000 goto 100
ip route get 203.0.113.20 from 203.0.113.1 uid 0
ip rule add fwmark 7 table 100 suppress_prefixlength 0
ip route show table 200
ip route get 127.0.0.1 from 203.0.113.1
ip -j rule
ip route add default dev veth2 metric 10 table 300
ip route get 10.1.9.9 from 10.1.2.3 iif veth0 mark 0x100 uid 1500
ip route get 172.16.1.1 from 10.1.2.3 tos 0x10 ipproto 1 sport 1500 dport 80
ip route get 8.8.8.8 from 192.0.2.1 tos 0x08
ip route del 10.1.0.0/16 table 200
ip route get 172.16.1.1 oif veth2
ip rule
ip route get 198.51.100.1 from 203.0.113.1 mark 7
ip rule add ipproto udp tos lowdelay oif veth0 lookup main
ip route get 10.0.0.1 from 198.51.100.9
ip -j rule
ip route get 10.1.2.3
ip route get 10.0.0.1 tos 0x08 ipproto tcp sport 1500 dport 80
ip rule
ip route show table all
