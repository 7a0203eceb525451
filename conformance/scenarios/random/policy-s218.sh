# Seeded random policy-routing scenario (seed 218), from conformance/generators/policy.ts.
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
ip route add unreachable 0.0.0.0/1 table 100
ip route add blackhole 172.16.0.0/12 table 100
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 300
ip route add 0.0.0.0/1 dev veth2 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add 10.1.2.0/24 dev veth0 metric 10 table main
ip route get 198.51.100.1 oif veth0 mark 0x100 tos 0x08
ip rule add sport 1000 oif veth0 table 100 suppress_prefixlength 0
ip route get 10.1.2.3 oif veth0 mark 3 uid 0 ipproto 1 sport 1500 dport 1000 fibmatch
ip route get 10.1.2.3 from 10.1.2.3 ipproto udp
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 100
ip rule add pref 50 not fwmark 7 goto 200
ip route get 10.0.0.1
ip rule del tos lowdelay from all
ip rule add pref 32000 iif veth3 nop
ip route get 192.0.2.77 from 203.0.113.5 iif veth0 uid 50 fibmatch
ip rule add pref 200 oif veth0 sport 1000 prohibit
ip route get 172.16.1.1 oif veth0 mark 7
ip route del 0.0.0.0/1 table main
ip rule show
ip rule show
ip rule
ip route get 10.1.2.9 from 203.0.113.1
ip route get 172.16.1.1 uid 50
ip route add blackhole default table 300
ip rule del dport 1000 ipproto 1 prohibit
ip rule add pref 32000 to 10.0.0.0/8 iif lo unreachable
ip route get 192.0.2.77 from 203.0.113.1 mark 0x13
ip route add 172.16.0.0/12 dev veth1 metric 10 table 300
ip route get 8.8.8.8 from 192.0.2.1 oif veth2 mark 0x100 tos 0x10
ip rule add pref 100 fwmark 7 uidrange 1000-2000 lookup 100
ip route get 203.0.113.20 from 203.0.113.1 oif veth2
ip route get 10.1.2.9 from 10.1.2.3 iif veth1
ip rule add pref 300 not tos 0x10 dport 2000-3204 tos lowdelay unreachable
ip rule add fwmark 3/3 prohibit
ip rule del from 192.0.2.0/24 from 203.0.113.0/28
ip rule del pref 100
ip rule add pref 300 uidrange 0-0 tos 0x10 prohibit
ip rule del dport 2000
ip -d rule
ip route get 203.0.113.20 tos 0x10 uid 50
ip route get 10.1.2.9
ip route show table all
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 300
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip -j rule
ip route get 192.0.2.77
ip route get 198.51.100.1 from 198.51.100.9 oif veth0 mark 0x13 ipproto 1 sport 1500 dport 2001
ip rule del pref 32000
ip rule add pref 200 iif veth0 table 200 suppress_ifgroup 5
ip route get 10.1.2.9 fibmatch
ip rule
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip route show table all
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route get 10.1.2.3 from 203.0.113.1 uid 0
ip route get 203.0.113.20 mark 0x13 uid 1500 ipproto tcp sport 1000 dport 80
ip route get 8.8.8.8 from 192.0.2.1
ip route add 172.16.0.0/12 via 192.0.2.3 table main
ip rule add dport 0-1609 to 8.8.8.8 uidrange 0-0 blackhole
ip rule del ipproto udp to 172.16.0.0/12 to 172.16.0.0/12 lookup 100
ip route get 8.8.8.8 from 203.0.113.5
ip route get 203.0.113.20 mark 7 tos 0x10
ip rule list pref 100
ip route get 127.0.0.1 from 198.51.100.9
ip rule show
ip rule
ip route show table all
