# Seeded random policy-routing scenario (seed 39), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.2.3 table 100
ip route add throw 203.0.113.16/28 metric 10 table 100
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 200
ip route add prohibit 10.1.2.3 table 200
ip route add default dev veth0 metric 10 table 200
ip route add 0.0.0.0/1 dev veth2 metric 10 table 300
ip route add 172.16.0.0/12 via 192.0.2.3 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 300
ip route add 0.0.0.0/1 dev veth1 table main
ip route add 10.0.0.0/8 via 192.0.2.3 table main
ip route add throw 0.0.0.0/1 table main
ip rule add uidrange 0-0 uidrange 0-0 table main suppress_prefixlength 0
ip route get 203.0.113.20 ipproto udp sport 1000 dport 1000
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip rule show
ip rule show
ip -j rule
ip route get 203.0.113.20 from 198.51.100.9 oif veth2
ip rule add dport 2000-3636 uidrange 0-0 sport 1000-2746 lookup 100
ip route get 127.0.0.1 ipproto 1 sport 1500 dport 1000
ip route get 172.16.1.1 from 198.51.100.9 iif veth3
ip rule add pref 32000 from 203.0.113.0/28 prohibit
sysctl -w net.ipv4.ip_forward=1
ip rule list pref 100
ip route get 10.1.2.3 iif veth0 mark 0x13
ip route show table 200
ip rule add not tos 0x08 tos 0x10 table 200
ip rule add pref 200 from all fwmark 3/3 oif veth0 goto 200
ip rule add pref 300 dport 0 tos lowdelay sport 2000 table main suppress_prefixlength 0
ip rule show
ip route get 198.51.100.1 ipproto udp sport 2500 dport 2001
ip rule add from 198.51.100.1 to 8.8.8.8 to 172.16.0.0/12 goto 32000
ip route add 10.0.0.0/8 via 192.0.2.3 table 100
ip route del 172.16.0.0/12 table main
ip rule add pref 32000 from 203.0.113.0/28 table 300
ip rule del pref 300
ip rule del sport 1000-1939
ip route show table 200
ip rule add pref 32000 iif lo prohibit
ip -j rule
ip route get 10.0.0.1 iif veth0 mark 0x13 fibmatch
ip rule show
ip rule del pref 32000
ip route get 127.0.0.1 from 198.51.100.9 tos 0x10 fibmatch
ip rule add sport 0 fwmark 0x100 uidrange 0-0 nop
ip route get 10.1.2.3 from 198.51.100.9 mark 7 tos 0x10
ip route get 172.16.1.1 oif veth0
ip route get 198.51.100.1 iif veth3 mark 3
ip route get 10.0.0.1
ip route get 203.0.113.20 from 198.51.100.9
ip rule add pref 32000 uidrange 0-0 nop
ip rule
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route get 127.0.0.1 from 198.51.100.9 mark 0x13 ipproto 1
ip rule add pref 300 fwmark 0x100 oif veth2 uidrange 1000-2000 table main suppress_prefixlength 8
ip rule show table 100
ip route get 192.0.2.77 from 203.0.113.1 oif veth2 mark 0x100
ip route get 10.1.2.3 from 192.0.2.1
ip route get 127.0.0.1 from 10.1.2.3 ipproto 1
ip route add 10.1.2.3 dev veth1 table main
ip route get 8.8.8.8 tos 0x10 uid 0
ip rule add pref 100 uidrange 0-100 prohibit
ip route get 10.1.9.9 oif veth2 mark 0x100 tos 0x10 ipproto udp sport 0 dport 80
ip route get 203.0.113.20 iif veth3
ip rule add from 203.0.113.0/28 ipproto tcp unreachable
ip route get 203.0.113.20 from 10.1.2.3
ip rule show
ip rule add pref 300 tos lowdelay lookup main
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip route add prohibit 0.0.0.0/1 table 100
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule
ip route show table all
