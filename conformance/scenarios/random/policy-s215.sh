# Seeded random policy-routing scenario (seed 215), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add default dev veth0 metric 10 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 100
ip route add 10.1.2.0/24 dev veth2 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 table 200
ip route add blackhole 10.1.0.0/16 metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route add default via 203.0.113.2 table 300
ip route add unreachable 10.1.0.0/16 table main
ip route add blackhole default metric 10 table main
ip route add 172.16.0.0/12 dev veth1 metric 10 table main
ip -j rule
ip route add 203.0.113.16/28 dev veth0 table 300
ip route get 127.0.0.1 oif veth2 ipproto tcp fibmatch
ip route get 10.1.2.3 uid 1500
ip rule add pref 50 to 10.1.2.0/24 unreachable
ip route get 8.8.8.8
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip route get 127.0.0.1 tos 0x10
ip rule del not oif veth2 dport 1000 to 8.8.8.8
ip rule add pref 32000 not ipproto tcp prohibit
ip route get 192.0.2.77 from 198.51.100.9 ipproto 1 sport 1000 dport 2001
ip rule add pref 50 sport 1000-2379 blackhole
ip rule add pref 50 iif veth1 oif veth0 lookup 100
ip -j rule
ip rule
ip rule add iif veth1 lookup 200
ip rule show
ip route del 0.0.0.0/1 table 100
ip route get 192.0.2.77 from 10.1.2.3
ip route get 10.1.2.9 iif veth0 fibmatch
ip rule add pref 32000 not fwmark 0x100 ipproto tcp ipproto 1 goto 50
ip rule del pref 100
ip rule add pref 100 from 198.51.100.1 dport 1000-2377 iif veth0 lookup main
ip route get 10.1.2.9 iif veth0
ip route get 10.1.2.3 from 192.0.2.1 ipproto udp sport 1000 dport 80
ip route del 10.1.2.3 table 100
ip route del 10.1.2.0/24 table 300
ip rule add pref 200 iif veth1 sport 0 blackhole
sysctl -w net.ipv4.ip_forward=0
ip route get 10.0.0.1 from 198.51.100.1
ip rule add pref 100 sport 1000 uidrange 1000-2000 iif veth3 prohibit
ip rule show
ip rule del tos 0x08 oif veth0
ip rule show
ip route get 203.0.113.20 from 203.0.113.1 oif veth0 mark 0x13 tos 0x10
ip route get 10.0.0.1 ipproto udp sport 0 dport 1000
ip route get 172.16.1.1 from 203.0.113.5
ip route get 10.0.0.1 ipproto tcp
ip route get 10.1.2.3 mark 0x100
ip rule
ip rule add not iif veth0 fwmark 0x100 ipproto udp table 100 suppress_prefixlength 8
ip -d rule
ip route show table 200
ip rule add uidrange 1000-2000 iif veth0 blackhole
ip route get 10.1.9.9 iif veth1 uid 1500 ipproto udp sport 0 dport 80
ip route del 203.0.113.16/28 table 100
ip rule add uidrange 0-0 dport 2000-2696 from 192.0.2.0/24 table 100 suppress_prefixlength 16
ip rule add pref 32000 dport 1000 to 172.16.0.0/12 table 200 suppress_ifgroup 0
ip rule add pref 300 not tos 0x08 table 100
ip route get 10.0.0.1 from 203.0.113.5
ip route get 203.0.113.20
ip rule add oif veth2 blackhole
ip rule add tos lowdelay iif veth1 table 200
ip rule del not dport 2000-2208 uidrange 0-100 blackhole
ip route get 8.8.8.8 from 10.1.2.3 mark 3
ip route get 10.1.2.3 from 10.1.2.3 uid 50
ip route get 203.0.113.20 from 203.0.113.5 tos 0x10 uid 50 fibmatch
ip route get 192.0.2.77 from 198.51.100.9 ipproto tcp
ip route get 10.1.2.9 from 192.0.2.1 oif veth0
ip route get 203.0.113.20 ipproto 1 sport 1000 dport 2001
ip rule
ip route show table all
