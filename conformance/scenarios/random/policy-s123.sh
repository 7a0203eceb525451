# Seeded random policy-routing scenario (seed 123), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 172.16.0.0/12 dev veth2 table 100
ip route add unreachable 10.1.2.3 metric 10 table 100
ip route add 0.0.0.0/1 dev veth2 table 200
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route add prohibit 10.1.2.3 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 300
ip route add 203.0.113.16/28 dev veth2 metric 10 table 300
ip route add default dev veth2 metric 10 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add prohibit 10.0.0.0/8 table main
ip route add 10.0.0.0/8 dev veth2 table main
ip rule add pref 300 not oif veth2 oif veth0 lookup 100
ip rule add pref 32000 tos 0x10 oif veth0 goto 32000
ip rule add pref 200 not from 10.0.0.0/8 tos 0x08 nop
ip route get 10.1.9.9 from 192.0.2.1 iif veth3
ip rule add pref 100 from 198.51.100.1 to 10.1.2.0/24 table 100
ip rule del iif lo table 200 suppress_ifgroup 0
ip -d rule
ip rule add from all oif veth0 blackhole
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable 10.1.2.0/24 table main
ip route del 10.1.0.0/16 table 100
ip rule add pref 32000 ipproto tcp unreachable
ip rule add to 10.0.0.0/8 tos 0x10 to 172.16.0.0/12 lookup main
ip rule del from 198.51.100.1 unreachable
ip route get 10.1.2.9 oif veth2 tos 0x10 uid 0 ipproto udp sport 1000 dport 80
ip route get 192.0.2.77
ip rule add fwmark 0x10/0xf0 table 200
ip route del 10.1.2.0/24 table 300
ip route show table 200
ip rule show table 100
ip route get 172.16.1.1 from 192.0.2.1 oif veth0 tos 0x08
ip route show table all
ip link set veth2 down
ip route get 203.0.113.20 uid 1500
ip rule del pref 50
ip -d rule
ip -d rule
ip route get 10.1.2.9 from 198.51.100.9 mark 7
ip route get 198.51.100.1 mark 3
ip -d rule
ip rule add pref 200 not iif veth0 uidrange 1000-2000 blackhole
ip route get 127.0.0.1 iif veth3 tos 0x10 uid 50
ip rule add pref 32000 from 203.0.113.0/28 oif veth0 goto 100
ip rule del pref 50
ip route get 198.51.100.1 uid 0
ip rule add from 10.0.0.0/8 from all prohibit
ip rule del pref 300
ip route get 8.8.8.8 oif veth2 mark 0x13 fibmatch
ip rule add not sport 1000-2859 from 192.0.2.0/24 goto 32000
ip rule del fwmark 0x10/0xf0 oif veth0 uidrange 0-100
ip rule del uidrange 0-0 from all table 200
ip route add prohibit 10.1.2.0/24 table 100
ip rule add pref 200 ipproto tcp to 8.8.8.8 dport 0-1661 table 100 suppress_prefixlength 8
ip rule add pref 200 not iif veth1 dport 2000 prohibit
ip route add prohibit 10.1.2.3 table 100
ip route get 198.51.100.1 from 192.0.2.1 oif veth0
ip rule
ip route show table all
ip route get 203.0.113.20 iif veth3 uid 50 fibmatch
ip -d rule
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip link set veth2 up
ip rule show
ip rule add pref 200 iif veth1 ipproto udp tos lowdelay table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 iif veth1 mark 3 tos 0x10
ip route get 203.0.113.20 ipproto 1
ip rule show
ip rule add oif veth2 goto 50
ip route get 10.1.2.3 iif veth0
ip rule
ip route show table all
