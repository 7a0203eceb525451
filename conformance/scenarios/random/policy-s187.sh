# Seeded random policy-routing scenario (seed 187), from conformance/generators/policy.ts.
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
ip route add blackhole default metric 10 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add 172.16.0.0/12 dev veth0 table 300
ip route add blackhole 172.16.0.0/12 table 300
ip route add unreachable 10.1.2.0/24 metric 10 table 300
ip route add default via 192.0.2.2 table main
ip route add 10.1.2.3 via 198.51.100.2 table main
ip route add blackhole 10.1.2.3 table main
ip route add blackhole 10.1.2.3 table 100
ip rule add to 172.16.0.0/12 uidrange 0-0 uidrange 0-100 goto 50
ip rule
ip route show table all
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip rule add uidrange 0-100 dport 2000-3404 unreachable
ip rule add not dport 1000 from 10.0.0.0/8 lookup 200
ip route get 10.1.2.3 oif veth0 mark 0x13
ip route get 8.8.8.8 from 198.51.100.9
ip rule add pref 50 ipproto udp tos lowdelay table 300
ip rule add pref 32000 ipproto udp sport 1000-1453 table main suppress_prefixlength 8
ip route show table 200
ip route get 203.0.113.20 mark 7
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add pref 300 tos 0x08 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 300
ip route get 10.1.2.3
ip route get 127.0.0.1 from 198.51.100.9 fibmatch
ip route get 10.1.2.9 iif veth0 mark 0x100 ipproto 1 sport 1500 dport 1000
ip route del default table main
ip rule add not fwmark 3/3 ipproto 1 unreachable
ip route get 127.0.0.1 from 198.51.100.1 oif veth0 mark 0x100 tos 0x08 ipproto udp
ip -j rule
ip rule add pref 50 from 203.0.113.0/28 table 200 suppress_ifgroup 5
ip route get 192.0.2.77 iif veth1
ip rule del pref 200
ip route get 172.16.1.1 from 203.0.113.5 oif veth2 fibmatch
ip rule add pref 32000 not to 8.8.8.8 iif veth0 oif veth2 unreachable
ip route show table 200
ip rule add ipproto 1 fwmark 3/3 dport 1000 goto 300
ip rule add not to 10.1.2.0/24 nop
ip route get 10.1.2.3 from 10.1.2.3 iif veth1
ip rule add pref 32000 to 8.8.8.8 tos lowdelay tos 0x08 table 300
ip rule add pref 300 fwmark 7 tos 0x08 oif veth0 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 10.1.2.3 tos 0x08 ipproto udp
ip route get 203.0.113.20 oif veth2 uid 1500
ip route get 10.1.2.3 from 198.51.100.1 uid 50
ip route get 8.8.8.8 from 198.51.100.1 ipproto udp sport 0 dport 2001
ip rule add pref 100 oif veth2 ipproto tcp prohibit
ip route get 172.16.1.1 mark 0x13 tos 0x10 ipproto udp sport 1000 dport 1000 fibmatch
ip route add 203.0.113.16/28 dev veth2 table main
ip rule show
ip rule show table 100
ip rule add pref 300 sport 0 unreachable
ip -d rule
ip rule add pref 200 fwmark 3/3 oif veth2 table 100
ip route get 10.1.2.9 tos 0x08 ipproto tcp sport 2500 dport 2001
ip -d rule
ip route del 203.0.113.16/28 table main
ip route add blackhole 10.1.0.0/16 table 100
ip rule add sport 1000-2081 unreachable
ip rule add oif veth0 iif veth0 unreachable
ip route show table 200
ip route get 198.51.100.1 from 10.1.2.3 ipproto 1 sport 0 dport 80
ip rule add pref 50 fwmark 0x10/0xf0 fwmark 3/3 goto 300
ip rule del not dport 2000-3340 ipproto 1
ip route get 198.51.100.1 iif veth3 mark 0x13
ip route get 10.1.9.9 mark 3 ipproto udp sport 1000 dport 2001
ip route get 192.0.2.77 from 192.0.2.1 iif veth0
ip rule add uidrange 0-0 prohibit
ip rule
ip route show table all
