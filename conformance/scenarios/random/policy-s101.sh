# Seeded random policy-routing scenario (seed 101), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth0 table 100
ip route add throw 172.16.0.0/12 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 300
ip route add 203.0.113.16/28 dev veth0 metric 10 table 300
ip route add 172.16.0.0/12 dev veth1 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip rule add uidrange 0-0 to 10.0.0.0/8 prohibit
ip route get 127.0.0.1 from 198.51.100.1 mark 0x100 tos 0x08
ip rule add pref 100 oif veth0 tos lowdelay table 100 suppress_prefixlength 0
ip rule add pref 100 oif veth0 unreachable
ip -j rule
ip rule add ipproto udp unreachable
ip rule add pref 50 ipproto 1 blackhole
ip rule add pref 50 iif veth1 unreachable
ip rule add pref 100 dport 2000-3615 dport 1000-1116 sport 2000-3515 unreachable
ip rule add fwmark 3/3 oif veth2 lookup 100
ip route get 10.1.2.9
ip route get 203.0.113.20 iif veth3
ip route get 10.0.0.1 ipproto tcp
ip rule add pref 300 dport 1000-2844 sport 0-53 ipproto 1 table 200
ip rule add oif veth2 table 100
ip route get 192.0.2.77 from 198.51.100.9 mark 7
ip route add unreachable 0.0.0.0/1 metric 10 table main
ip rule del pref 200
ip rule add pref 300 ipproto 1 table 200 suppress_ifgroup 0
ip rule show
ip rule add not sport 0 table 100
ip route add blackhole 10.1.2.0/24 table 200
ip route get 10.1.2.3 from 203.0.113.5
ip route get 172.16.1.1
ip rule add pref 100 ipproto 1 table main suppress_prefixlength 16
ip rule add fwmark 0x100 sport 1000 fwmark 7 table 300
ip route get 10.1.9.9 from 10.1.2.3 iif veth3
ip route get 203.0.113.20 ipproto tcp
ip rule add uidrange 0-100 from all tos lowdelay table 100 suppress_prefixlength 8
sysctl -w net.ipv4.ip_forward=1
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip route get 10.0.0.1 from 198.51.100.1
ip route get 198.51.100.1 from 203.0.113.5 oif veth0 uid 50
ip rule del oif veth2
ip rule del uidrange 0-100 dport 1000-2392 lookup main
ip rule add sport 0-1794 uidrange 0-0 goto 32000
ip rule show
ip route get 8.8.8.8 iif veth0 mark 0x13 tos 0x10 ipproto tcp sport 1500 dport 1000
ip rule del pref 32000
ip rule add pref 200 from all table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 10.1.2.3 tos 0x10 uid 0 ipproto 1
ip route show table 200
ip rule add pref 100 not dport 1000-1677 oif veth0 ipproto 1 lookup 100
ip rule
ip rule show
ip rule add ipproto udp from 192.0.2.0/24 nop
ip rule add dport 1000-1744 prohibit
ip rule add to 8.8.8.8 to 8.8.8.8 nop
ip rule del tos lowdelay sport 2000 table 200 suppress_ifgroup 5
ip rule list pref 100
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip route get 10.0.0.1 iif veth3 mark 7
ip rule add pref 32000 tos 0x08 goto 50
ip rule del pref 50
ip route add prohibit 203.0.113.16/28 table 300
ip route get 192.0.2.77 ipproto tcp sport 2500 dport 1000
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 300
ip rule add uidrange 0-0 table main suppress_prefixlength 16
ip route get 10.1.2.3 ipproto udp sport 1000 dport 2001
ip route get 192.0.2.77 mark 3
ip rule
ip route show table all
