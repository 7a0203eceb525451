# Seeded random policy-routing scenario (seed 44), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add throw 0.0.0.0/1 table 300
ip route add throw 0.0.0.0/1 table main
ip route add prohibit default metric 10 table main
ip route add 10.1.2.3 via 192.0.2.3 table main
ip rule add pref 50 uidrange 0-0 nop
ip rule add pref 300 to 172.16.0.0/12 iif veth1 table 200 suppress_ifgroup 0
ip link set veth2 down
ip route get 172.16.1.1 uid 50
ip route get 10.1.9.9 uid 1500 ipproto udp sport 1000 dport 2001
ip -j rule
sysctl -w net.ipv4.ip_forward=1
ip route get 127.0.0.1 from 10.1.2.3 mark 7
ip rule add pref 300 from 198.51.100.1 to 8.8.8.8 table 100
ip route get 198.51.100.1 from 203.0.113.1 uid 1500 ipproto udp
ip rule del pref 50
ip route add unreachable 10.1.2.3 table 300
ip route get 203.0.113.20
sysctl -w net.ipv4.ip_forward=1
ip -j rule
ip rule list pref 100
ip route show table all
ip rule del uidrange 0-100 uidrange 1000-2000 oif veth2 table 200 suppress_ifgroup 5
ip rule
ip rule add pref 200 uidrange 0-100 from 10.0.0.0/8 nop
ip rule del iif veth0 dport 2000 dport 2000
ip rule show table 100
ip route get 10.1.2.3
ip route get 198.51.100.1 iif veth3 mark 7 tos 0x08 ipproto 1 sport 1000 dport 2001
ip rule add pref 200 from 203.0.113.0/28 to 172.16.0.0/12 uidrange 0-0 goto 50
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 ipproto udp sport 2000 goto 50
ip route get 127.0.0.1
ip rule del dport 0 to 10.1.2.0/24 dport 1000-2317 nop
ip route get 172.16.1.1 from 203.0.113.1 fibmatch
ip rule add pref 50 not oif veth2 nop
ip route get 10.0.0.1
ip route get 10.1.2.9 from 192.0.2.1 ipproto tcp sport 2500 dport 1000
ip route del 10.1.2.0/24 table main
ip rule add tos 0x10 goto 50
ip rule add pref 50 not from 203.0.113.0/28 oif veth0 oif veth0 prohibit
ip rule add tos lowdelay tos 0x10 table 100 suppress_prefixlength 0
ip -j rule
ip rule add pref 200 oif veth2 unreachable
ip route get 203.0.113.20 oif veth2
sysctl -w net.ipv4.ip_forward=1
ip rule
ip route get 192.0.2.77 from 192.0.2.1 ipproto udp sport 2500 dport 80
ip rule
ip route get 172.16.1.1 mark 0x13 ipproto tcp sport 0 dport 1000
ip rule list pref 100
ip route show table all
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 from 198.51.100.9 mark 0x100
ip rule add oif veth0 ipproto 1 unreachable
ip rule add pref 200 oif veth0 sport 0-1510 nop
ip route del default table 200
ip rule del tos lowdelay prohibit
ip rule list pref 100
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 300 iif veth3 lookup 200
ip route get 10.0.0.1 oif veth0
ip rule add pref 200 oif veth0 sport 1000 ipproto tcp table main suppress_prefixlength 8
ip route get 10.1.2.9 from 203.0.113.5
ip rule add fwmark 0x10/0xf0 oif veth2 blackhole
ip rule
ip route show table all
