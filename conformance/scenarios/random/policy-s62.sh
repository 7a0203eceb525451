# Seeded random policy-routing scenario (seed 62), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 100
ip route add prohibit default table 200
ip route add 10.1.2.0/24 dev veth2 table 200
ip route add prohibit 10.1.2.0/24 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 table 300
ip route add unreachable default table 300
ip route add 0.0.0.0/1 dev veth2 table 300
ip route add 172.16.0.0/12 via 192.0.2.3 table main
ip route add unreachable 10.1.2.3 table main
ip route add 10.1.2.3 dev veth1 table main
ip route add throw 10.1.2.0/24 table 300
ip route add unreachable 10.1.2.3 table 200
ip route get 198.51.100.1
ip rule show
ip rule add fwmark 0x100 lookup main
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 100
ip rule add pref 32000 uidrange 0-0 iif lo ipproto tcp lookup 100
ip route add default via 203.0.113.2 table 100
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule add not tos 0x08 nop
sysctl -w net.ipv4.ip_forward=1
ip -d rule
ip route del 203.0.113.16/28 table 200
ip route get 203.0.113.20
ip route get 10.1.2.3 from 203.0.113.1 tos 0x08 ipproto udp
ip route del 10.0.0.0/8 table 200
ip rule add sport 2000-2628 ipproto udp prohibit
ip rule del pref 32000
ip route get 192.0.2.77 from 192.0.2.1 iif veth3 mark 7 ipproto udp sport 0 dport 80
ip rule add pref 200 ipproto tcp uidrange 0-100 from 203.0.113.0/28 lookup main
ip route get 198.51.100.1 iif veth1 tos 0x08 uid 1500 ipproto tcp sport 1000 dport 2001
ip rule add dport 1000 dport 0-1158 tos 0x10 prohibit
ip route del 203.0.113.16/28 table main
ip rule show
ip rule show
ip route get 127.0.0.1 tos 0x10 ipproto tcp fibmatch
ip rule
ip rule del pref 50
ip route get 10.1.2.9 oif veth2 mark 3
ip rule add from 10.0.0.0/8 uidrange 0-0 table 200
ip rule list pref 100
ip rule add pref 100 dport 1000 sport 1000-2266 blackhole
ip route get 10.0.0.1 from 192.0.2.1
ip route del 10.1.2.3 table main
ip route get 10.1.2.3 from 192.0.2.1 oif veth2 mark 7
ip route add 0.0.0.0/1 dev veth0 table 100
ip route show table 200
ip route get 198.51.100.1 ipproto 1
ip rule show
ip route add blackhole 10.1.2.3 table 300
ip route get 203.0.113.20 from 198.51.100.1 mark 3
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip rule add pref 300 to 172.16.0.0/12 blackhole
ip route get 10.1.2.3 from 10.1.2.3 iif veth0 mark 3 uid 50 ipproto 1 sport 0 dport 80
ip route get 10.1.2.3 from 198.51.100.1 mark 3 ipproto tcp sport 1500 dport 1000
ip rule del not to 8.8.8.8 tos lowdelay oif veth0
ip rule del fwmark 0x10/0xf0 from 203.0.113.0/28 lookup main
ip route show table 200
ip rule del pref 200
ip route get 10.1.9.9 from 192.0.2.1 fibmatch
ip route get 10.1.2.9 from 203.0.113.5 oif veth0 uid 1500 fibmatch
ip rule del to 172.16.0.0/12
ip rule add uidrange 1000-2000 lookup 200
ip rule add dport 1000 ipproto udp blackhole
ip route get 198.51.100.1 oif veth0 mark 3
ip route show table 200
ip route get 203.0.113.20 uid 0
ip route add 0.0.0.0/1 dev veth1 table 300
ip link set veth0 up
ip -j rule
ip rule
ip route show table all
