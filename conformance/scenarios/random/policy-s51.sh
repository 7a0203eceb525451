# Seeded random policy-routing scenario (seed 51), from conformance/generators/policy.ts.
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
ip route add blackhole 203.0.113.16/28 metric 10 table 100
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 100
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add unreachable 0.0.0.0/1 table 200
ip route add throw 10.0.0.0/8 table 200
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add prohibit 10.0.0.0/8 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add prohibit 172.16.0.0/12 metric 10 table 300
ip route add 10.0.0.0/8 via 203.0.113.2 table main
ip route add 10.1.2.3 dev veth0 table main
ip route add unreachable 0.0.0.0/1 table main
ip rule show
ip rule add tos lowdelay dport 2000-3732 unreachable
ip route del 10.1.2.3 table 300
ip rule add uidrange 0-0 fwmark 0x10/0xf0 unreachable
ip route show table all
ip route get 10.1.9.9 fibmatch
ip route get 192.0.2.77 mark 0x100
ip route get 172.16.1.1 fibmatch
ip route get 198.51.100.1 iif veth3 uid 0
ip -d rule
ip rule add uidrange 0-0 goto 300
ip rule del dport 1000-2888 iif lo prohibit
ip route show table all
ip rule add pref 200 iif veth1 fwmark 7 prohibit
ip rule list pref 100
ip route get 203.0.113.20 from 203.0.113.1 oif veth0
ip rule add sport 2000-3110 table 200
ip rule add pref 200 from 198.51.100.1 uidrange 0-100 iif veth3 nop
ip rule del not sport 0-141 uidrange 0-100 table main suppress_prefixlength 0
ip rule add pref 200 tos lowdelay uidrange 1000-2000 table 200 suppress_ifgroup 5
ip route get 10.1.2.3 from 198.51.100.1
ip route get 8.8.8.8 iif veth0 ipproto udp sport 1000 dport 1000
ip rule del not dport 1000-2622 tos lowdelay goto 50
ip rule del from 192.0.2.0/24 tos lowdelay
ip route get 8.8.8.8 from 10.1.2.3
ip route get 10.0.0.1 from 198.51.100.9 mark 3
ip rule add dport 0-826 from all oif veth0 goto 50
ip rule add iif veth3 sport 0-598 blackhole
ip route add blackhole 10.1.0.0/16 table 200
ip rule del fwmark 3/3
ip -d rule
ip rule add pref 300 fwmark 0x10/0xf0 blackhole
ip route get 10.1.9.9 from 10.1.2.3 iif veth1
ip rule add pref 100 fwmark 3/3 blackhole
ip rule add to 172.16.0.0/12 lookup main
ip rule add pref 300 not fwmark 7 dport 1000 goto 100
ip route add throw 10.1.2.3 table main
ip route get 10.1.2.3 oif veth0 uid 50 ipproto udp sport 0 dport 2001
ip rule list pref 100
ip rule add pref 300 iif veth0 fwmark 0x10/0xf0 unreachable
ip -j rule
ip rule add pref 300 iif veth3 sport 1000-1727 unreachable
ip route get 203.0.113.20 from 198.51.100.9 iif veth1 tos 0x10
ip route get 10.1.9.9 from 203.0.113.1 mark 7
ip route add prohibit 172.16.0.0/12 table main
ip rule show
ip rule add pref 300 iif veth3 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 10.1.2.3 from 203.0.113.5
ip rule add pref 200 dport 1000 nop
ip route get 10.0.0.1 from 198.51.100.9 tos 0x10
ip route add default via 198.51.100.2 table main
ip rule show
ip route get 192.0.2.77 from 198.51.100.1 iif veth3 fibmatch
ip rule add pref 32000 ipproto tcp iif lo uidrange 1000-2000 table 300
ip rule add uidrange 0-100 goto 100
ip route get 8.8.8.8 iif veth1 tos 0x08
ip rule add tos 0x08 lookup main
ip route get 10.1.2.9 uid 1500 ipproto udp sport 1000 dport 2001
ip route show table all
ip rule
ip route show table all
