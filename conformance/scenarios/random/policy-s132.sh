# Seeded random policy-routing scenario (seed 132), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 100
ip route add blackhole 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 200
ip route add 172.16.0.0/12 dev veth1 table 200
ip route add 10.1.2.0/24 dev veth1 table 200
ip route add default via 192.0.2.3 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route add default dev veth2 table main
ip route add 172.16.0.0/12 dev veth0 table main
ip route add blackhole 10.1.2.3 table main
ip rule
ip rule del pref 100
ip rule list pref 100
ip route del 10.0.0.0/8 table 300
ip rule add oif veth2 uidrange 0-100 tos lowdelay goto 100
ip route add throw 0.0.0.0/1 metric 10 table 300
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 200
ip rule add pref 50 tos lowdelay to 10.1.2.0/24 unreachable
ip route get 192.0.2.77 from 203.0.113.5 oif veth0 ipproto udp sport 1500 dport 1000
ip link set veth0 up
ip rule add not to 10.1.2.0/24 prohibit
ip rule add pref 32000 iif veth1 to 8.8.8.8 table 200 suppress_ifgroup 0
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip rule del pref 200
ip rule add not iif veth3 table 200
ip route add 203.0.113.16/28 dev veth1 table main
ip route del 10.0.0.0/8 table 300
ip route get 10.0.0.1 iif veth0 mark 0x13 ipproto tcp sport 1500 dport 2001
ip route get 192.0.2.77 mark 0x13
ip route get 127.0.0.1 iif veth0 tos 0x08
ip route get 203.0.113.20 ipproto udp sport 1500 dport 2001
ip rule add pref 100 not sport 1000 tos lowdelay oif veth2 prohibit
ip route get 10.0.0.1
ip rule add pref 300 oif veth0 ipproto udp goto 100
ip route get 10.1.2.3 from 10.1.2.3 uid 1500 ipproto udp sport 0 dport 2001
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add pref 200 fwmark 0x100 unreachable
ip route get 10.1.2.9 from 198.51.100.1 oif veth2 mark 3 uid 0
ip rule del pref 200
ip rule del dport 2000-3412 tos 0x08 blackhole
ip rule add pref 32000 iif veth0 unreachable
ip rule show
ip rule add fwmark 0x100 prohibit
ip rule show table 100
ip rule add uidrange 0-100 tos 0x08 table 100
ip -j rule
ip rule list pref 100
ip rule del uidrange 1000-2000 uidrange 1000-2000 tos lowdelay
ip route get 203.0.113.20 from 192.0.2.1 oif veth0 mark 0x13
ip route add throw 0.0.0.0/1 table 100
ip route get 172.16.1.1 from 203.0.113.5 ipproto tcp sport 2500 dport 2001
ip route get 10.1.2.3 iif veth1 mark 7 fibmatch
ip route get 10.1.9.9 uid 50
ip -j rule
ip -d rule
ip route get 127.0.0.1 from 198.51.100.1 mark 7 ipproto 1 sport 1500 dport 2001
ip rule show
ip route get 172.16.1.1 mark 3
ip rule show
ip route get 192.0.2.77 from 203.0.113.5
ip rule add tos 0x10 lookup 200
ip -j rule
ip rule add pref 32000 oif veth0 to 8.8.8.8 table 100
ip route get 192.0.2.77 from 198.51.100.9
ip route get 198.51.100.1 from 203.0.113.1 ipproto tcp
ip route get 198.51.100.1 oif veth2
ip rule add ipproto tcp iif veth1 from 10.0.0.0/8 nop
ip route get 10.1.2.3 iif veth0 uid 0
ip route get 203.0.113.20 from 198.51.100.1 mark 7
ip rule add pref 32000 not uidrange 1000-2000 ipproto udp table 100 suppress_prefixlength 8
ip rule
ip route show table all
