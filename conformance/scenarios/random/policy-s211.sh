# Seeded random policy-routing scenario (seed 211), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.2.3 metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add prohibit 172.16.0.0/12 table 300
ip route add unreachable 10.0.0.0/8 table main
ip route add 10.1.2.3 dev veth2 table main
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table main
ip route get 10.1.2.9
ip rule add pref 200 uidrange 0-100 prohibit
ip route get 192.0.2.77 from 203.0.113.1
sysctl -w net.ipv4.ip_forward=1
ip rule del pref 50
ip rule add not to 10.1.2.0/24 table main suppress_prefixlength 16
ip rule add sport 1000 ipproto tcp nop
ip route get 10.1.2.9 from 198.51.100.1 iif veth1 tos 0x10
ip rule add pref 200 ipproto tcp dport 1000-2785 iif veth0 prohibit
ip route get 10.0.0.1 oif veth2
ip route del 10.0.0.0/8 table main
ip route del default table main
ip rule show
ip route get 127.0.0.1 mark 0x100
ip route get 10.1.9.9 from 192.0.2.1 mark 0x100 ipproto tcp sport 0 dport 80
ip rule add pref 200 sport 0-164 goto 32000
ip rule add pref 200 tos lowdelay table 200 suppress_ifgroup 0
ip rule add sport 0-774 table 100 suppress_prefixlength 16
ip -d rule
ip rule del ipproto tcp table main suppress_prefixlength 16
ip rule show
ip rule show table 100
ip rule add pref 300 iif veth3 nop
ip rule list pref 100
ip rule del oif veth2 from all unreachable
ip rule add pref 32000 tos 0x10 dport 0 dport 2000-2741 table 200
ip rule add oif veth0 table main suppress_prefixlength 16
ip route get 192.0.2.77 from 203.0.113.5
ip route show table 200
ip route get 203.0.113.20 from 10.1.2.3 mark 7 uid 1500
ip route get 8.8.8.8
ip route show table all
ip route del 172.16.0.0/12 table 300
ip route get 127.0.0.1 from 203.0.113.5 iif veth3 mark 0x100 ipproto udp sport 0 dport 1000
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip -j rule
ip rule show
ip rule add pref 32000 tos 0x08 to 10.1.2.0/24 ipproto tcp goto 100
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 from 203.0.113.1 mark 0x100
ip route add 10.1.2.0/24 via 192.0.2.3 table 300
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 100
ip rule del pref 300
ip route get 192.0.2.77
ip -d rule
ip route get 10.0.0.1 from 198.51.100.9
ip route get 8.8.8.8 from 203.0.113.5 tos 0x10 ipproto tcp sport 0 dport 2001
ip rule show
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip rule del pref 200
ip rule show
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route get 8.8.8.8 from 198.51.100.9 iif veth1 tos 0x08
ip route get 10.0.0.1 tos 0x10
sysctl -w net.ipv4.ip_forward=0
ip rule show table 100
ip route show table all
ip rule add fwmark 0x10/0xf0 table 100 suppress_prefixlength 0
ip rule add tos 0x10 table 100 suppress_prefixlength 0
ip rule add pref 100 oif veth0 uidrange 0-0 lookup main
ip rule
ip route show table all
