# Seeded random policy-routing scenario (seed 13), from conformance/generators/policy.ts.
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
ip route add prohibit default metric 10 table 100
ip route add prohibit 172.16.0.0/12 table 100
ip route add blackhole 203.0.113.16/28 table 100
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 200
ip route add 10.1.2.0/24 dev veth2 table 200
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip route add unreachable 203.0.113.16/28 metric 10 table main
ip route add blackhole 203.0.113.16/28 table main
ip -d rule
ip rule list pref 100
ip rule del from 203.0.113.0/28 oif veth0 unreachable
ip rule add tos 0x08 goto 300
ip route del 10.1.2.3 table 300
ip rule list pref 100
ip -j rule
ip route get 127.0.0.1 oif veth2 uid 0
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route get 172.16.1.1 iif veth3
ip rule
ip rule del pref 100
ip rule add sport 2000 dport 1000-2137 tos lowdelay blackhole
ip route get 203.0.113.20 from 203.0.113.1 ipproto udp
ip route get 10.1.2.9 iif veth1
ip route del default table 200
ip route get 203.0.113.20 from 203.0.113.5
ip route get 203.0.113.20 tos 0x10 fibmatch
ip rule show table 100
ip rule add pref 200 not from 198.51.100.1 table 200 suppress_ifgroup 5
ip rule add oif veth0 nop
ip rule add not dport 0 fwmark 0x100 ipproto tcp blackhole
ip route get 10.1.9.9 from 198.51.100.1 tos 0x10 uid 1500 ipproto 1 sport 0 dport 80
ip rule add pref 100 fwmark 7 fwmark 0x10/0xf0 table 100 suppress_prefixlength 16
ip rule add iif veth1 to 10.1.2.0/24 table 100
ip rule add from 203.0.113.0/28 to 172.16.0.0/12 nop
ip rule add pref 50 not ipproto udp iif lo blackhole
ip route add unreachable 172.16.0.0/12 table 200
ip rule add pref 50 sport 1000-1041 ipproto tcp tos 0x08 table 100 suppress_prefixlength 8
ip rule add pref 100 not uidrange 0-0 oif veth0 from 192.0.2.0/24 blackhole
ip route get 8.8.8.8 from 203.0.113.1 fibmatch
ip route get 203.0.113.20 tos 0x08 ipproto tcp fibmatch
ip rule add sport 1000-1643 oif veth2 blackhole
ip route get 10.1.2.3 mark 0x100
ip rule del tos 0x08 tos 0x10 table 100 suppress_prefixlength 16
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip route del 203.0.113.16/28 table 100
ip route get 127.0.0.1 tos 0x08
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip route get 198.51.100.1 oif veth2 mark 7
ip route get 8.8.8.8 from 192.0.2.1 mark 7 ipproto 1 fibmatch
ip rule show
ip rule add pref 100 from all from 203.0.113.0/28 oif veth0 table 200 suppress_ifgroup 5
ip rule add pref 100 iif veth3 unreachable
ip route add unreachable 10.1.2.0/24 table main
ip rule add dport 0 tos 0x10 from all goto 32000
ip route get 192.0.2.77 mark 3 tos 0x10 ipproto 1 sport 1000 dport 80
ip route get 10.1.2.9 from 203.0.113.1 iif veth1
ip rule add pref 100 tos 0x10 to 172.16.0.0/12 blackhole
ip route get 8.8.8.8 iif veth3
ip route show table 200
ip rule add pref 32000 ipproto 1 iif lo blackhole
ip route get 10.1.2.3 iif veth0 ipproto tcp sport 2500 dport 1000
ip route get 203.0.113.20 ipproto tcp sport 0 dport 80
ip route get 192.0.2.77 from 203.0.113.5 iif veth0 mark 0x13
ip rule del to 172.16.0.0/12 to 10.0.0.0/8
ip -j rule
ip route get 203.0.113.20 from 198.51.100.1 mark 0x13 uid 50 ipproto 1 sport 0 dport 80
ip link set veth0 up
ip rule add pref 200 oif veth2 fwmark 0x10/0xf0 table 100
ip rule
ip route show table all
