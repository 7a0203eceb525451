# Seeded random policy-routing scenario (seed 57), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 table 100
ip route add throw 10.1.2.0/24 table 100
ip route add throw 10.1.2.3 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add throw 10.1.2.3 table 200
ip route add throw 172.16.0.0/12 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 300
ip route add 10.0.0.0/8 dev veth1 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 table main
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip rule add pref 32000 to 8.8.8.8 sport 1000 tos 0x08 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 from 198.51.100.9
ip route add 0.0.0.0/1 dev veth0 table 200
ip rule add pref 300 to 8.8.8.8 goto 50
ip route show table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip rule show table 100
ip route get 10.1.2.9 oif veth2 ipproto udp
ip route get 198.51.100.1 from 10.1.2.3 tos 0x10
ip route get 192.0.2.77 from 203.0.113.5 oif veth0 mark 0x13
ip route get 203.0.113.20 from 10.1.2.3 iif veth0 ipproto udp
ip route get 10.1.2.3 iif veth0 uid 1500
ip route get 198.51.100.1 from 203.0.113.5 iif veth0 ipproto tcp
ip route get 8.8.8.8 mark 3 ipproto 1
ip route del 10.0.0.0/8 table 200
ip route add 203.0.113.16/28 dev veth2 table main
ip rule add pref 200 not sport 0-1479 to 10.1.2.0/24 uidrange 1000-2000 lookup 100
ip route get 203.0.113.20 mark 7
ip rule add uidrange 1000-2000 table 100
ip route get 10.1.9.9 from 203.0.113.5 iif veth1 ipproto 1 sport 1500 dport 80 fibmatch
ip route show table 200
ip route get 192.0.2.77 uid 0 ipproto 1
ip route get 10.1.2.9 from 192.0.2.1 mark 0x100
ip route add throw 172.16.0.0/12 table 200
ip route get 198.51.100.1 mark 0x100
ip route get 10.0.0.1
ip rule add from 203.0.113.0/28 table 100
ip rule add pref 100 oif veth0 dport 2000 uidrange 0-100 blackhole
ip rule add pref 100 sport 1000-1516 table 200 suppress_ifgroup 0
ip rule del sport 0 prohibit
ip rule show
ip route add throw 0.0.0.0/1 table 100
ip rule add pref 32000 iif veth1 sport 1000-1275 from 192.0.2.0/24 table main suppress_prefixlength 16
ip rule add sport 1000 sport 1000-1390 lookup main
ip rule add pref 50 not from 192.0.2.0/24 prohibit
ip -d rule
ip route show table 200
ip route add unreachable 172.16.0.0/12 table 200
ip -d rule
ip rule add pref 50 tos 0x10 from 198.51.100.1 unreachable
ip route get 127.0.0.1 mark 0x100
ip route get 172.16.1.1 mark 7
ip route del 10.1.0.0/16 table 200
ip rule add to 10.0.0.0/8 fwmark 7 uidrange 0-0 table 100 suppress_prefixlength 0
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route del default table 200
ip route get 8.8.8.8 from 203.0.113.1 iif veth0 mark 0x13 tos 0x10
ip route get 10.1.2.3 iif veth0 tos 0x08
ip route get 8.8.8.8 ipproto tcp sport 1000 dport 80
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table main
ip route get 10.1.9.9 from 10.1.2.3 tos 0x10
ip rule add from 198.51.100.1 table 200 suppress_ifgroup 5
ip rule add pref 200 uidrange 1000-2000 uidrange 0-0 table 200 suppress_ifgroup 0
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route get 198.51.100.1 from 203.0.113.5 mark 7
ip route del 10.1.2.0/24 table main
ip route get 172.16.1.1 iif veth3 mark 0x100 uid 0 fibmatch
ip rule list pref 100
ip rule del pref 300
ip rule
ip route show table all
