# Seeded random policy-routing scenario (seed 66), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add prohibit 10.1.0.0/16 table 200
ip route add default via 198.51.100.2 table 200
ip route add 10.1.0.0/16 dev veth2 table 300
ip route add unreachable 10.0.0.0/8 metric 10 table 300
ip route add throw 203.0.113.16/28 metric 10 table 300
ip route add throw default metric 10 table main
ip route add 172.16.0.0/12 dev veth2 metric 10 table main
ip route add 10.1.2.3 via 192.0.2.2 table main
ip route get 10.1.2.3 iif veth1 ipproto tcp
ip rule add iif veth0 tos lowdelay lookup main
ip route get 10.1.9.9 oif veth2 tos 0x10 ipproto udp
ip route get 8.8.8.8 from 10.1.2.3 mark 7 fibmatch
ip route get 127.0.0.1 uid 0 fibmatch
ip rule add dport 0 dport 0-1349 ipproto tcp lookup 200
sysctl -w net.ipv4.ip_forward=0
ip rule
ip rule list pref 100
ip rule add pref 200 iif veth3 uidrange 0-0 prohibit
ip rule add pref 100 iif veth3 dport 0 lookup 200
ip rule add dport 1000 table 200 suppress_ifgroup 5
ip link set veth2 up
ip route get 172.16.1.1 from 198.51.100.1 iif veth1
ip rule add ipproto udp dport 0-1344 table 200 suppress_ifgroup 5
ip rule add pref 32000 oif veth0 dport 1000 lookup 200
ip rule
ip route get 10.1.2.3
ip route add blackhole default table 300
ip route get 127.0.0.1 from 203.0.113.1 iif veth1
ip rule del pref 32000
ip route get 127.0.0.1
ip route get 203.0.113.20 from 198.51.100.9 mark 0x13
ip route get 172.16.1.1 from 203.0.113.1 iif veth0 uid 50
ip rule del pref 50
ip route get 10.1.2.9 from 203.0.113.5 mark 0x100
ip rule list pref 100
ip rule
ip rule add tos 0x10 prohibit
ip -d rule
ip route get 203.0.113.20 uid 1500
ip route add 10.1.2.0/24 dev veth2 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table main
ip rule del pref 300
ip route show table all
ip route get 192.0.2.77 from 192.0.2.1 tos 0x10 ipproto tcp sport 2500 dport 2001
ip rule
ip -d rule
ip rule del to 172.16.0.0/12
ip route show table 200
ip rule show table 100
ip rule add pref 300 oif veth2 lookup main
ip route get 8.8.8.8 from 198.51.100.9 uid 50
ip rule add iif lo fwmark 0x100 tos 0x10 table 300
ip route get 198.51.100.1
ip rule add pref 100 fwmark 0x10/0xf0 oif veth2 lookup 100
ip rule add to 10.1.2.0/24 iif veth1 goto 50
ip rule show table 100
ip route show table all
ip rule list pref 100
ip route del 0.0.0.0/1 table 100
ip route show table 200
ip rule
ip -j rule
ip rule list pref 100
ip rule add from 203.0.113.0/28 prohibit
ip route add 0.0.0.0/1 via 192.0.2.3 table 200
ip route get 10.1.9.9 from 198.51.100.9 iif veth3 tos 0x10
ip rule list pref 100
ip rule show
ip rule
ip route show table all
