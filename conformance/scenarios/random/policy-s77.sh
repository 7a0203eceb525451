# Seeded random policy-routing scenario (seed 77), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 table 100
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route add 0.0.0.0/1 dev veth1 table 200
ip route add throw 0.0.0.0/1 table 200
ip route add prohibit 10.1.2.0/24 metric 10 table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add 10.0.0.0/8 dev veth1 metric 10 table main
ip route add unreachable 10.0.0.0/8 table main
ip route add blackhole 10.1.0.0/16 table main
ip route del 203.0.113.16/28 table 200
ip rule del to 172.16.0.0/12
ip rule del fwmark 7 tos 0x10 tos 0x08 table 200 suppress_ifgroup 5
ip rule add pref 300 fwmark 0x100 iif veth3 table 100
ip route add blackhole 0.0.0.0/1 table 200
ip route get 198.51.100.1 from 198.51.100.9 uid 50 ipproto tcp sport 1500 dport 80
ip rule del oif veth0 iif veth0
ip rule add pref 100 tos 0x08 goto 200
ip rule add pref 32000 iif veth3 blackhole
ip route add prohibit default metric 10 table 100
ip route show table 200
ip -j rule
ip route get 192.0.2.77 from 10.1.2.3
ip rule add pref 32000 uidrange 0-100 to 10.0.0.0/8 tos 0x10 table 200 suppress_ifgroup 5
ip route get 10.0.0.1 from 203.0.113.1 mark 3 tos 0x10 uid 50 ipproto udp sport 2500 dport 1000
ip route get 198.51.100.1 uid 1500
ip route get 8.8.8.8 from 203.0.113.5 mark 7
ip route get 10.1.2.3 from 203.0.113.1 iif veth3
ip rule add pref 300 tos 0x10 goto 100
ip link set veth2 down
ip rule add pref 100 sport 2000 fwmark 0x10/0xf0 prohibit
ip route get 10.1.9.9 tos 0x10 ipproto udp sport 1000 dport 80
ip route add throw 10.1.0.0/16 metric 10 table main
ip rule add fwmark 0x100 sport 2000-3309 from 198.51.100.1 lookup 200
ip route get 198.51.100.1 ipproto udp sport 1000 dport 1000
ip route get 10.1.9.9 from 198.51.100.1 mark 0x100 uid 1500 ipproto udp sport 0 dport 1000
ip rule del iif lo table 200 suppress_ifgroup 0
ip rule del pref 32000
ip rule add pref 100 to 10.1.2.0/24 to 10.1.2.0/24 iif lo goto 100
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add prohibit default metric 10 table 200
ip rule add not ipproto udp iif veth3 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 tos 0x10
ip route get 203.0.113.20 oif veth0 ipproto udp sport 0 dport 1000
ip -j rule
ip rule add pref 100 dport 2000-3689 table 100
ip route get 8.8.8.8
ip rule add pref 300 dport 0 table 100
ip -j rule
ip -j rule
ip rule add pref 32000 sport 1000 iif lo goto 50
ip route get 10.1.2.3 from 198.51.100.1 mark 7 tos 0x08
ip -j rule
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip rule add pref 50 iif veth1 from 192.0.2.0/24 prohibit
ip rule add pref 50 ipproto tcp table 100 suppress_prefixlength 0
ip rule add pref 300 uidrange 0-100 iif veth0 sport 0 table 100 suppress_prefixlength 16
ip route get 10.1.2.9 from 10.1.2.3 iif veth0
ip route add prohibit 10.1.2.3 metric 10 table main
ip route add prohibit 10.1.2.0/24 table main
ip rule add pref 50 sport 2000 prohibit
ip rule add pref 300 ipproto tcp table 200 suppress_ifgroup 0
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
sysctl -w net.ipv4.ip_forward=0
ip rule del dport 0 sport 2000 uidrange 1000-2000
ip rule del uidrange 0-100 table 200
ip rule add pref 50 to 10.1.2.0/24 fwmark 7 blackhole
ip route get 10.1.2.9
ip rule add pref 300 dport 2000-3107 dport 0 table 300
ip rule show
ip rule
ip route show table all
