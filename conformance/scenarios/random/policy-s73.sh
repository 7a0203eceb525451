# Seeded random policy-routing scenario (seed 73), from conformance/generators/policy.ts.
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
ip route add unreachable default table 100
ip route add default dev veth1 table 100
ip route add prohibit 10.1.2.0/24 table 100
ip route add throw 10.0.0.0/8 table 200
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add 172.16.0.0/12 dev veth1 table 300
ip route add 10.1.2.3 dev veth1 metric 10 table 300
ip route add blackhole 10.1.0.0/16 metric 10 table 300
ip route add default via 198.51.100.2 metric 10 table main
ip route add unreachable 10.0.0.0/8 table main
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table main
ip rule add not dport 1000-2974 nop
ip route get 10.1.2.9 mark 0x100
ip rule add pref 100 uidrange 0-0 to 10.0.0.0/8 lookup 100
ip route add throw 10.0.0.0/8 table 100
ip route add unreachable default metric 10 table 200
ip route get 192.0.2.77 oif veth2
ip rule add not to 8.8.8.8 ipproto 1 nop
ip rule
ip rule
ip route del 10.1.0.0/16 table 300
ip route get 203.0.113.20 mark 0x13 ipproto 1 sport 2500 dport 2001
ip rule add pref 300 not fwmark 3/3 fwmark 7 table 200 suppress_ifgroup 5
ip route get 198.51.100.1 iif veth1
ip rule del to 172.16.0.0/12 iif veth3 lookup 200
ip rule add pref 50 sport 0 prohibit
ip route get 203.0.113.20 from 198.51.100.1 ipproto tcp sport 1000 dport 80
ip rule add pref 200 dport 0-586 table 200 suppress_ifgroup 0
ip rule del pref 50
ip rule add pref 200 not iif veth1 uidrange 0-0 table 200
ip route del 10.1.0.0/16 table 100
ip rule add tos 0x10 oif veth2 prohibit
ip rule del pref 200
ip rule add from 10.0.0.0/8 dport 2000-3819 goto 200
ip rule add oif veth0 sport 1000 dport 1000-2956 prohibit
ip rule show
ip route get 198.51.100.1
ip rule add pref 50 tos 0x08 fwmark 7 goto 32000
ip -d rule
ip route add 10.1.2.3 via 198.51.100.2 table 100
ip rule add pref 100 iif veth1 from 203.0.113.0/28 ipproto tcp nop
ip rule add pref 100 fwmark 7 ipproto 1 dport 0-1696 table main suppress_prefixlength 8
ip route get 10.0.0.1 from 192.0.2.1 tos 0x08 ipproto tcp
ip route del 10.1.0.0/16 table main
ip rule add from 198.51.100.1 iif veth3 dport 1000 table 100 suppress_prefixlength 16
ip rule del tos 0x10 oif veth2 table 300
ip route add default via 198.51.100.2 metric 10 table main
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table main
ip route get 192.0.2.77 oif veth0 uid 1500 fibmatch
ip route get 10.1.2.3
ip route add unreachable 172.16.0.0/12 metric 10 table 100
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip route get 172.16.1.1 oif veth2 tos 0x10 fibmatch
ip rule add pref 100 dport 1000-2585 table 100 suppress_prefixlength 0
ip route get 203.0.113.20 from 203.0.113.5 iif veth1
ip rule add pref 300 sport 0 goto 32000
ip -j rule
ip route get 203.0.113.20 from 198.51.100.1 iif veth1 uid 1500
ip rule del pref 200
ip route get 10.1.2.9 iif veth1 tos 0x08 ipproto tcp sport 1000 dport 80
ip route show table all
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 uid 50
ip route get 10.1.9.9 from 203.0.113.1 iif veth1 mark 0x13
ip route del 10.1.0.0/16 table main
ip route get 10.0.0.1 oif veth0 ipproto tcp sport 1000 dport 2001
ip rule add pref 50 oif veth2 ipproto tcp blackhole
ip route get 198.51.100.1 from 198.51.100.1 iif veth0 ipproto udp sport 1500 dport 80 fibmatch
ip -j rule
ip route get 10.1.9.9 oif veth2 tos 0x08
ip rule add pref 32000 tos lowdelay ipproto udp nop
ip rule del not oif veth0
ip rule
ip route show table all
