# Seeded random policy-routing scenario (seed 54), from conformance/generators/policy.ts.
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
ip route add throw 10.0.0.0/8 table 100
ip route add 0.0.0.0/1 dev veth2 metric 10 table 100
ip route add prohibit 10.1.2.3 table 100
ip route add blackhole 10.1.2.3 metric 10 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add prohibit 0.0.0.0/1 table 300
ip route add prohibit default table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip route add blackhole 172.16.0.0/12 table main
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route add unreachable 10.1.2.0/24 table main
ip rule add pref 200 from 192.0.2.0/24 table 300
ip rule show
ip route add unreachable 10.1.2.0/24 table main
ip route get 10.1.2.9 ipproto udp sport 2500 dport 2001
ip -d rule
ip rule add pref 50 not uidrange 0-100 blackhole
ip rule add ipproto udp unreachable
ip rule add not fwmark 0x100 lookup 100
ip route get 172.16.1.1 mark 7
ip route get 10.0.0.1 from 10.1.2.3
ip route get 8.8.8.8 from 203.0.113.5 oif veth0 mark 0x100
ip rule add sport 0-487 tos 0x10 prohibit
ip route get 10.0.0.1 from 192.0.2.1 oif veth0
ip rule add pref 50 tos 0x08 lookup main
ip route del 10.1.0.0/16 table 300
ip rule
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.3 from 192.0.2.1 ipproto udp
ip route get 10.1.2.3 from 198.51.100.1
ip rule add pref 300 not dport 0-127 sport 0-1517 lookup main
ip rule add not fwmark 0x100 goto 32000
ip route del default table 200
ip -d rule
ip rule list pref 100
ip route get 8.8.8.8 oif veth2 tos 0x10 ipproto tcp sport 1500 dport 80
ip rule add pref 32000 not dport 1000 iif veth0 oif veth2 table 300
ip rule show
ip route get 10.0.0.1 uid 1500
ip route get 10.1.2.9 oif veth0
ip rule add to 10.1.2.0/24 prohibit
ip rule add pref 32000 not oif veth0 prohibit
ip rule
ip route show table 200
ip route get 10.1.2.9 mark 0x13
ip route show table all
ip rule
ip route show table all
ip route get 10.1.2.3 from 203.0.113.1 oif veth0
ip route add blackhole 10.0.0.0/8 metric 10 table 200
ip -j rule
ip route add 10.1.2.3 dev veth2 metric 10 table 300
ip rule add pref 200 tos 0x08 table 200 suppress_ifgroup 0
ip route get 10.1.2.3 from 192.0.2.1 mark 3 tos 0x08
ip route show table 200
ip rule add pref 200 dport 1000 iif lo unreachable
ip rule list pref 100
ip route get 203.0.113.20 from 198.51.100.1
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route show table 200
ip rule add pref 100 fwmark 3/3 prohibit
ip route get 203.0.113.20 from 203.0.113.5 tos 0x10 ipproto 1 sport 0 dport 80
ip route add 10.1.2.3 dev veth2 metric 10 table main
ip rule del pref 300
ip route get 10.1.2.9 from 203.0.113.1 iif veth3 tos 0x10 ipproto 1 sport 1500 dport 80
ip route get 10.1.2.3 oif veth0 tos 0x08
ip rule add pref 50 oif veth2 from 203.0.113.0/28 goto 100
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 300
ip route add prohibit default metric 10 table main
ip route get 192.0.2.77 from 192.0.2.1 mark 7 ipproto udp sport 1500 dport 1000
ip route get 10.0.0.1 from 198.51.100.9 ipproto 1 sport 1000 dport 80
ip rule
ip route show table all
