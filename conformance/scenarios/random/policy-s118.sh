# Seeded random policy-routing scenario (seed 118), from conformance/generators/policy.ts.
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
ip route add prohibit 10.0.0.0/8 table 100
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 100
ip route add default dev veth2 table 100
ip route add 10.1.2.3 dev veth1 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add throw 10.0.0.0/8 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add throw default table main
ip route add throw 10.1.2.0/24 table main
ip route add 172.16.0.0/12 dev veth2 table main
ip route add default via 192.0.2.2 table 200
ip rule add pref 32000 dport 2000-3646 table 200 suppress_ifgroup 0
ip rule del from 198.51.100.1 blackhole
ip rule add pref 300 ipproto udp tos 0x10 blackhole
ip route get 10.1.2.9 mark 3
ip route get 10.1.2.9 from 198.51.100.9
ip route add prohibit 203.0.113.16/28 table 100
ip route get 8.8.8.8 from 203.0.113.5
ip route get 192.0.2.77 from 198.51.100.1 mark 7
ip route del default table 300
ip rule del pref 50
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 300
ip rule add fwmark 0x100 lookup 100
ip route get 203.0.113.20 from 198.51.100.9 iif veth0
ip route get 203.0.113.20
ip route del 10.1.0.0/16 table 300
ip rule list pref 100
ip route add 203.0.113.16/28 dev veth0 table main
ip rule list pref 100
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip route get 203.0.113.20 from 203.0.113.1 tos 0x08
ip rule show
ip rule add pref 100 sport 1000 goto 300
ip -j rule
ip rule add pref 200 not to 10.1.2.0/24 iif lo tos lowdelay table main suppress_prefixlength 16
ip rule add pref 32000 not ipproto 1 blackhole
ip rule add oif veth0 table 300
ip -d rule
ip route get 8.8.8.8 oif veth2 uid 1500 ipproto 1
ip route get 10.1.9.9 from 203.0.113.1 ipproto 1
ip route get 127.0.0.1 mark 3
ip route add throw 10.1.2.0/24 table 300
ip route get 192.0.2.77 ipproto udp sport 1500 dport 1000
ip rule show table 100
ip route get 192.0.2.77 mark 7 tos 0x10
ip link set veth2 up
ip link set veth2 up
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 mark 0x100
ip route get 10.1.2.9 from 203.0.113.1 iif veth3 mark 3
ip route get 10.1.2.9 mark 0x13
ip route get 8.8.8.8 from 203.0.113.1 mark 7 ipproto tcp sport 1500 dport 80
ip route del 10.1.2.0/24 table 300
ip route get 172.16.1.1 from 203.0.113.1 uid 1500
ip -d rule
ip rule add pref 200 sport 0-589 dport 2000-2548 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 from 10.1.2.3 fibmatch
ip rule del pref 300
ip route get 10.1.2.3
ip route get 10.1.2.9 from 203.0.113.5 iif veth0
ip rule show
ip route get 198.51.100.1
ip route get 198.51.100.1 from 198.51.100.9 oif veth0 uid 50
ip rule list pref 100
ip route add 10.1.2.0/24 dev veth2 table 100
ip rule add pref 32000 ipproto udp tos 0x10 blackhole
ip rule add pref 50 dport 0-661 tos 0x10 prohibit
ip rule add pref 50 not oif veth2 to 10.0.0.0/8 oif veth0 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 iif veth0 tos 0x08
ip route get 127.0.0.1 from 203.0.113.5 mark 7
ip rule
ip route show table all
