# Seeded random policy-routing scenario (seed 234), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 100
ip route add unreachable 203.0.113.16/28 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add prohibit 10.1.0.0/16 table 200
ip route add 10.1.2.0/24 via 192.0.2.3 table 200
ip route add 10.0.0.0/8 via 198.51.100.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 300
ip route add 172.16.0.0/12 dev veth2 table 300
ip route add 203.0.113.16/28 dev veth2 table 300
ip route add throw default metric 10 table main
ip route add throw 0.0.0.0/1 metric 10 table main
ip route add 10.1.0.0/16 via 192.0.2.3 table main
ip rule add from 203.0.113.0/28 table 200 suppress_ifgroup 0
ip route get 127.0.0.1 mark 3 tos 0x08
ip route show table 200
ip rule del tos 0x10 lookup main
ip rule add pref 32000 fwmark 3/3 iif veth3 table 200
ip route get 172.16.1.1 from 203.0.113.5 tos 0x10 ipproto udp
ip route get 198.51.100.1 oif veth0 ipproto 1 sport 2500 dport 1000
ip rule add pref 32000 not uidrange 1000-2000 goto 300
ip route get 198.51.100.1 ipproto udp
ip rule add ipproto udp prohibit
ip route get 10.0.0.1
ip rule add uidrange 0-0 unreachable
ip route add prohibit 10.1.0.0/16 table 100
ip rule add ipproto tcp unreachable
ip route get 10.1.2.9 mark 3 ipproto udp sport 1500 dport 80
ip rule show table 100
ip rule add from 203.0.113.0/28 fwmark 3/3 ipproto udp nop
ip route get 198.51.100.1 from 203.0.113.5 oif veth0 mark 7
ip route get 203.0.113.20 mark 0x13 tos 0x10
ip rule del fwmark 0x100 nop
ip route get 10.0.0.1 oif veth2
ip rule add from 203.0.113.0/28 dport 1000-2735 fwmark 3/3 goto 200
ip rule add not dport 2000 oif veth0 ipproto tcp blackhole
ip rule del pref 200
ip route get 8.8.8.8 from 203.0.113.1 oif veth0 tos 0x08 ipproto udp sport 1000 dport 2001
ip route del default table 100
sysctl -w net.ipv4.ip_forward=1
ip rule
ip rule add pref 50 to 10.1.2.0/24 blackhole
ip rule add pref 32000 not to 172.16.0.0/12 unreachable
ip route get 10.0.0.1 from 203.0.113.1 iif veth0
ip rule add from 192.0.2.0/24 fwmark 0x100 from all table main suppress_prefixlength 16
ip rule add pref 100 dport 0 iif lo tos 0x08 table 200 suppress_ifgroup 0
ip rule del pref 200
ip route get 10.1.2.3 from 198.51.100.1 ipproto udp
ip route get 198.51.100.1 from 10.1.2.3 oif veth0 uid 0
ip route show table 200
ip rule add not fwmark 0x10/0xf0 dport 1000-2982 to 8.8.8.8 unreachable
ip route get 10.1.2.3 from 192.0.2.1 iif veth3 mark 0x13
ip rule add uidrange 0-100 sport 0-639 table 100 suppress_prefixlength 16
ip rule add pref 50 sport 0-321 goto 100
ip route add default dev veth1 table main
ip rule add ipproto 1 table 200 suppress_ifgroup 0
ip route get 8.8.8.8 from 10.1.2.3 oif veth0 uid 1500
sysctl -w net.ipv4.ip_forward=1
ip route del default table 100
ip route get 10.1.9.9 uid 50 ipproto udp sport 0 dport 2001
ip route get 10.1.2.9 from 10.1.2.3 tos 0x08
ip rule show table 100
ip route get 203.0.113.20 from 203.0.113.5 oif veth0
ip rule list pref 100
ip rule add not to 172.16.0.0/12 table 300
ip route get 10.1.2.3
ip route get 172.16.1.1
ip rule list pref 100
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip rule show
ip rule del pref 300
ip rule add pref 50 not uidrange 1000-2000 uidrange 0-100 lookup 100
ip rule add tos 0x08 from 192.0.2.0/24 table 200 suppress_ifgroup 0
ip rule
ip route show table all
