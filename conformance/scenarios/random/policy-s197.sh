# Seeded random policy-routing scenario (seed 197), from conformance/generators/policy.ts.
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
ip route add throw 0.0.0.0/1 table 100
ip route add throw 172.16.0.0/12 table 100
ip route add default dev veth1 table 100
ip route add unreachable 10.1.0.0/16 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add prohibit default metric 10 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 table 300
ip route add prohibit 10.1.2.3 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add throw default metric 10 table main
ip route add unreachable 0.0.0.0/1 table main
ip route add 10.0.0.0/8 via 192.0.2.3 table main
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 200
sysctl -w net.ipv4.ip_forward=1
ip rule list pref 100
ip route get 8.8.8.8 from 192.0.2.1
ip route add unreachable default table 100
ip route get 127.0.0.1 ipproto tcp sport 2500 dport 80
ip rule del fwmark 0x10/0xf0
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route get 192.0.2.77 oif veth0 uid 1500 fibmatch
ip rule add pref 32000 uidrange 1000-2000 tos 0x10 blackhole
ip route del 10.1.2.3 table 100
ip rule add pref 300 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip route add 172.16.0.0/12 dev veth1 metric 10 table 200
ip rule del tos 0x10
ip rule add pref 50 to 10.0.0.0/8 table 100 suppress_prefixlength 8
ip route show table 200
ip route get 203.0.113.20 from 192.0.2.1
ip route get 172.16.1.1 from 192.0.2.1 iif veth1
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 300
ip rule add pref 200 not oif veth2 unreachable
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route get 10.0.0.1
ip rule
ip route get 10.1.2.9 from 203.0.113.1
ip route add 203.0.113.16/28 dev veth2 metric 10 table 100
ip rule add not tos 0x10 ipproto 1 iif lo table 300
ip route get 8.8.8.8 uid 1500
ip -j rule
ip route get 8.8.8.8 from 198.51.100.9
ip rule add pref 200 tos lowdelay fwmark 0x100 prohibit
ip route get 10.1.9.9 from 198.51.100.1
ip rule del dport 1000
ip rule add pref 100 from 192.0.2.0/24 prohibit
ip route del 0.0.0.0/1 table 200
ip -j rule
ip route get 192.0.2.77 from 203.0.113.1 iif veth1 mark 7 ipproto udp sport 1000 dport 80
ip rule show
ip route get 10.1.2.3 mark 0x13 ipproto udp sport 1000 dport 80 fibmatch
ip route get 10.1.2.3 mark 0x13 ipproto tcp sport 2500 dport 2001
ip rule del pref 32000
ip route get 10.1.2.9 from 203.0.113.5 iif veth1 mark 0x13
ip rule add pref 32000 ipproto 1 to 10.0.0.0/8 dport 2000-2128 goto 100
ip rule add pref 300 fwmark 7 ipproto tcp uidrange 1000-2000 table 100 suppress_prefixlength 16
ip rule add pref 300 to 10.1.2.0/24 ipproto 1 table 200
ip rule add pref 32000 fwmark 0x100 uidrange 0-0 iif veth3 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 from 10.1.2.3
ip rule add pref 50 tos 0x10 nop
ip rule
ip rule del tos lowdelay to 10.1.2.0/24 tos lowdelay
ip route del 10.1.0.0/16 table 300
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip route get 10.1.2.9 oif veth0
ip route get 127.0.0.1 iif veth3 tos 0x08
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add uidrange 0-0 uidrange 0-0 prohibit
ip route get 172.16.1.1 ipproto tcp
ip -d rule
ip route add default via 198.51.100.2 table 100
sysctl -w net.ipv4.ip_forward=1
ip rule
ip route show table all
