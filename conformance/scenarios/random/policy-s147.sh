# Seeded random policy-routing scenario (seed 147), from conformance/generators/policy.ts.
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
ip route add 10.0.0.0/8 dev veth1 metric 10 table 100
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 200
ip route add default via 198.51.100.2 table 200
ip route add default dev veth1 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add 10.1.0.0/16 dev veth2 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table main
ip route add blackhole 0.0.0.0/1 table main
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table main
ip rule add pref 200 tos 0x10 uidrange 0-0 nop
ip rule add not from 198.51.100.1 goto 32000
ip route get 127.0.0.1
ip rule add pref 200 sport 0 goto 32000
ip rule del pref 32000
ip route get 10.0.0.1 from 203.0.113.1
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip route del default table 100
ip rule add not ipproto udp ipproto tcp prohibit
ip rule add pref 32000 to 10.1.2.0/24 uidrange 1000-2000 blackhole
ip rule list pref 100
ip rule del pref 50
ip rule del to 10.0.0.0/8 to 10.0.0.0/8
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 300
ip rule add pref 50 not tos 0x08 table 100 suppress_prefixlength 0
ip route get 203.0.113.20 iif veth0 ipproto tcp sport 2500 dport 2001
ip route get 127.0.0.1
ip route get 8.8.8.8 ipproto 1
ip rule add not iif veth0 prohibit
ip route get 172.16.1.1 iif veth3 mark 0x13
ip rule add pref 32000 from 10.0.0.0/8 dport 2000 table 300
ip route del 10.1.2.3 table 300
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 200 oif veth2 iif veth1 table 100
ip link set veth2 up
ip -d rule
ip route get 127.0.0.1
ip -d rule
ip route get 198.51.100.1 from 198.51.100.9 oif veth2 tos 0x10 ipproto 1 sport 2500 dport 2001
ip -j rule
ip route add 10.1.0.0/16 dev veth2 table main
ip rule show table 100
ip rule add pref 32000 sport 0 lookup main
ip rule show
ip route del 172.16.0.0/12 table 100
ip route get 192.0.2.77 iif veth0
ip route get 127.0.0.1 from 10.1.2.3 fibmatch
ip rule show table 100
ip route get 203.0.113.20 iif veth0 uid 0
ip route get 10.1.2.3 from 192.0.2.1 ipproto tcp
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 oif veth0 goto 300
ip route get 10.0.0.1 iif veth1 mark 0x13 uid 50
ip route show table all
ip rule
ip route get 198.51.100.1 from 203.0.113.1 iif veth1 ipproto tcp sport 2500 dport 1000
ip rule
ip route get 172.16.1.1 tos 0x08 fibmatch
ip route get 172.16.1.1 from 203.0.113.1
ip route get 192.0.2.77 oif veth0 mark 3
ip route add 10.1.2.3 dev veth0 table 300
ip route get 198.51.100.1 from 198.51.100.9 iif veth3 mark 0x100 uid 50
ip rule add not uidrange 1000-2000 blackhole
ip route get 10.1.9.9 from 198.51.100.1 iif veth3 mark 3
ip route get 198.51.100.1 iif veth0 tos 0x10 uid 50
ip route get 172.16.1.1 iif veth3 mark 0x13 uid 1500 ipproto tcp sport 0 dport 80
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add pref 100 to 172.16.0.0/12 table 200
ip rule add from 203.0.113.0/28 to 172.16.0.0/12 unreachable
ip rule
ip route show table all
