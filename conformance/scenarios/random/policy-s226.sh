# Seeded random policy-routing scenario (seed 226), from conformance/generators/policy.ts.
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
ip route add default via 203.0.113.2 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 100
ip route add throw 10.0.0.0/8 table 100
ip route add throw 10.1.2.0/24 metric 10 table 200
ip route add default dev veth2 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 table 200
ip route add unreachable 10.1.2.3 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add unreachable 10.0.0.0/8 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table main
ip route add 203.0.113.16/28 dev veth2 metric 10 table main
ip route add blackhole 172.16.0.0/12 table main
ip route get 10.1.2.9 iif veth0
ip route get 198.51.100.1 from 192.0.2.1 iif veth1 uid 1500
ip rule
ip rule del iif veth0
ip rule add iif veth1 ipproto udp table 100 suppress_prefixlength 16
ip route get 10.1.2.3 from 198.51.100.9 uid 0 ipproto udp sport 1000 dport 80
ip route get 10.1.2.3 from 203.0.113.5 ipproto udp sport 0 dport 1000
ip route get 10.1.9.9 from 198.51.100.1 uid 0
ip route get 172.16.1.1 from 198.51.100.9 mark 7 uid 50
ip -d rule
ip route show table 200
ip rule add pref 100 ipproto 1 table main suppress_prefixlength 0
ip route get 8.8.8.8 iif veth1 ipproto udp sport 0 dport 80
ip -d rule
ip route get 127.0.0.1 from 198.51.100.9 iif veth1 ipproto 1 sport 1500 dport 80
ip route get 172.16.1.1 ipproto udp
ip rule add ipproto tcp uidrange 0-100 table 200 suppress_ifgroup 5
ip rule add to 172.16.0.0/12 iif veth3 goto 32000
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add blackhole 172.16.0.0/12 table main
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 300
ip route get 8.8.8.8 iif veth3 mark 7 ipproto tcp sport 1500 dport 80
ip rule list pref 100
ip rule add not iif lo ipproto tcp blackhole
ip route get 192.0.2.77 from 198.51.100.1 mark 0x100 uid 50
ip route add unreachable 10.1.2.0/24 table main
ip route del 203.0.113.16/28 table 300
ip -j rule
ip rule del pref 300
ip route add 10.0.0.0/8 dev veth1 table 300
ip route get 198.51.100.1
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip route get 10.1.2.3 from 203.0.113.5 ipproto 1
ip rule del pref 300
ip route add unreachable 10.1.2.3 metric 10 table 100
ip rule add to 8.8.8.8 to 8.8.8.8 lookup 200
ip rule add pref 200 uidrange 0-0 table main suppress_prefixlength 16
sysctl -w net.ipv4.ip_forward=1
ip rule add uidrange 1000-2000 goto 100
ip rule add pref 200 not ipproto udp from 192.0.2.0/24 table 200 suppress_ifgroup 0
ip route get 198.51.100.1 mark 0x13
ip rule add pref 200 oif veth0 from 203.0.113.0/28 table 200 suppress_ifgroup 0
ip route add blackhole 203.0.113.16/28 table 300
ip route get 192.0.2.77
ip rule add pref 200 oif veth2 oif veth2 nop
ip route del 10.1.2.3 table 200
ip route get 172.16.1.1 mark 0x13 ipproto tcp sport 1000 dport 2001
ip route get 10.1.9.9 iif veth1 tos 0x08
ip rule add uidrange 0-0 nop
ip route add blackhole 10.0.0.0/8 metric 10 table 300
ip rule add ipproto tcp iif veth0 prohibit
ip route get 127.0.0.1 mark 7 tos 0x08
ip rule add uidrange 1000-2000 nop
ip route get 172.16.1.1 mark 0x13
ip -d rule
ip route show table all
ip route get 10.1.2.3 from 10.1.2.3 mark 7 uid 0
ip route show table all
ip route get 198.51.100.1
ip rule del oif veth2
ip rule
ip route show table all
