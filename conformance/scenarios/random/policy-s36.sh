# Seeded random policy-routing scenario (seed 36), from conformance/generators/policy.ts.
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
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route add blackhole default table 100
ip route add blackhole default metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 200
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route add unreachable default table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 300
ip route add unreachable 203.0.113.16/28 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 300
ip route add unreachable 203.0.113.16/28 table main
ip route add unreachable 10.1.0.0/16 table main
ip route add blackhole 0.0.0.0/1 metric 10 table main
ip route add 0.0.0.0/1 via 192.0.2.2 table 100
ip route get 192.0.2.77 from 198.51.100.9 uid 1500
ip rule add pref 50 oif veth0 nop
ip route get 10.1.2.3 from 198.51.100.1 oif veth0
ip rule show table 100
ip rule del tos 0x08 ipproto tcp goto 100
ip rule add pref 300 ipproto tcp fwmark 7 blackhole
ip rule add pref 50 ipproto udp tos lowdelay nop
ip route show table 200
ip rule add pref 300 fwmark 3/3 dport 0-760 dport 1000 nop
ip rule add pref 100 from 10.0.0.0/8 tos 0x10 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 203.0.113.1 iif veth1
ip route get 192.0.2.77 from 203.0.113.1 ipproto tcp sport 1000 dport 2001
ip rule del from 203.0.113.0/28 uidrange 1000-2000
ip rule show
sysctl -w net.ipv4.ip_forward=1
ip route get 172.16.1.1 iif veth1 uid 1500
ip rule add oif veth2 oif veth0 lookup main
ip rule add pref 100 uidrange 1000-2000 unreachable
ip rule add sport 0-295 sport 2000 to 10.0.0.0/8 table 100
ip route get 10.1.9.9
ip rule
ip rule add pref 32000 from all oif veth0 lookup main
ip rule list pref 100
ip route get 8.8.8.8 from 198.51.100.9 uid 1500
ip rule add to 10.1.2.0/24 lookup 200
ip rule
ip rule del uidrange 0-0 oif veth0
ip rule del fwmark 0x10/0xf0 ipproto 1 ipproto tcp
ip rule add from 198.51.100.1 blackhole
ip rule add pref 32000 uidrange 0-100 oif veth2 unreachable
ip route get 10.1.2.9
ip rule add pref 300 oif veth0 goto 50
ip rule show table 100
ip rule add pref 50 ipproto 1 fwmark 0x10/0xf0 table 300
ip rule add pref 100 tos 0x08 from 198.51.100.1 blackhole
ip rule add pref 200 not tos 0x10 table 100
ip route get 172.16.1.1 from 192.0.2.1 fibmatch
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 not to 10.0.0.0/8 oif veth2 sport 1000 table 200
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule del pref 100
ip rule show table 100
ip rule add not dport 2000 lookup main
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip -d rule
ip rule del dport 1000
ip route show table all
ip route del 10.1.0.0/16 table 100
ip link set veth2 up
ip route add 10.1.0.0/16 dev veth1 metric 10 table main
ip rule list pref 100
ip rule add pref 32000 to 10.1.2.0/24 from 192.0.2.0/24 iif lo table 200 suppress_ifgroup 0
ip rule
ip rule show table 100
ip rule show table 100
ip route get 192.0.2.77 from 192.0.2.1 oif veth0 mark 0x13 fibmatch
ip -j rule
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table main
ip rule add pref 32000 not fwmark 0x100 table 200 suppress_ifgroup 0
ip rule
ip route show table all
