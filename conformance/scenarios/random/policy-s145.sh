# Seeded random policy-routing scenario (seed 145), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 100
ip route add throw 10.1.2.0/24 table 100
ip route add throw 0.0.0.0/1 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add unreachable 203.0.113.16/28 table 300
ip route add 10.1.2.0/24 via 192.0.2.3 table 300
ip route add default via 198.51.100.2 metric 10 table main
ip route add blackhole default table main
ip route add unreachable 10.1.2.0/24 table main
ip route get 203.0.113.20 from 203.0.113.5 oif veth2 uid 1500
ip route add unreachable 10.1.0.0/16 table 200
ip rule del not ipproto udp table 100 suppress_prefixlength 0
ip route get 10.1.9.9 from 198.51.100.1
ip route get 198.51.100.1 fibmatch
ip route get 10.1.9.9
ip route add 172.16.0.0/12 via 192.0.2.2 table 200
ip rule add pref 32000 oif veth2 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 iif veth1 ipproto udp sport 1500 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip route get 10.0.0.1 iif veth0 ipproto 1
ip rule list pref 100
ip route get 10.1.2.3 tos 0x08 fibmatch
ip rule add pref 50 to 10.1.2.0/24 iif veth0 tos 0x10 table 100
ip rule add pref 100 ipproto tcp sport 2000-3548 fwmark 3/3 table 200 suppress_ifgroup 0
ip rule del ipproto udp fwmark 0x10/0xf0
ip rule add pref 300 iif lo uidrange 0-0 lookup main
ip rule del not ipproto 1 prohibit
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip rule add fwmark 0x10/0xf0 ipproto udp goto 100
ip route get 127.0.0.1 from 203.0.113.5 mark 0x100 tos 0x10 ipproto 1
ip rule add pref 50 tos 0x08 ipproto udp oif veth0 lookup 200
ip rule add pref 50 fwmark 7 ipproto tcp from 198.51.100.1 blackhole
ip -d rule
ip rule del not to 10.1.2.0/24 from all
ip -d rule
ip route get 172.16.1.1 from 198.51.100.9 ipproto 1 sport 1500 dport 80
ip route get 203.0.113.20 from 203.0.113.1 fibmatch
ip rule del dport 2000
ip route get 10.1.2.9 from 203.0.113.5 oif veth2 mark 7 tos 0x08 ipproto udp sport 1000 dport 80
ip rule add pref 32000 not to 172.16.0.0/12 oif veth2 table 200 suppress_ifgroup 0
ip rule del oif veth2 iif lo oif veth0
ip -j rule
ip route del default table 300
ip rule add from 203.0.113.0/28 oif veth0 blackhole
ip route get 203.0.113.20 from 192.0.2.1 iif veth3 mark 0x100 tos 0x08
ip route get 10.0.0.1 from 198.51.100.9 ipproto udp
ip route get 198.51.100.1 from 198.51.100.1 tos 0x08
ip rule del pref 50
ip route del 10.1.0.0/16 table 200
ip route get 10.1.9.9 iif veth3 mark 0x13 fibmatch
ip rule show
ip link set veth2 up
ip route get 10.1.2.3 from 10.1.2.3 uid 0
ip route get 192.0.2.77 from 203.0.113.5 oif veth2 mark 7 tos 0x10
ip rule add uidrange 0-100 ipproto tcp unreachable
ip route get 198.51.100.1
ip rule show table 100
ip rule add not oif veth0 oif veth2 ipproto udp table 300
ip route get 192.0.2.77 from 198.51.100.1 iif veth3 mark 7 ipproto tcp sport 1000 dport 2001
ip rule show
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 tos 0x08
ip route show table all
ip route show table all
ip route get 127.0.0.1 mark 7 uid 50
ip rule add pref 200 to 10.1.2.0/24 prohibit
ip rule add pref 50 uidrange 0-0 uidrange 1000-2000 fwmark 0x10/0xf0 goto 50
ip route show table 200
ip link set veth0 up
ip rule add not iif veth3 table 200 suppress_ifgroup 5
ip rule
ip route show table all
