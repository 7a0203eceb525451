# Seeded random policy-routing scenario (seed 84), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 100
ip route add unreachable 10.0.0.0/8 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 100
ip route add blackhole 203.0.113.16/28 table 200
ip route add prohibit 0.0.0.0/1 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route add throw 203.0.113.16/28 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add prohibit default table 300
ip route add prohibit 172.16.0.0/12 table main
ip route add 10.0.0.0/8 via 192.0.2.2 table main
ip route add unreachable default table main
ip route get 8.8.8.8 tos 0x10 ipproto udp
ip rule
ip rule del iif veth3 from all to 10.1.2.0/24
ip route add throw 172.16.0.0/12 metric 10 table main
ip route get 10.1.2.3 from 198.51.100.9 mark 3
ip route get 127.0.0.1 from 198.51.100.9 iif veth3 tos 0x10 ipproto udp fibmatch
sysctl -w net.ipv4.ip_forward=1
ip route del 10.1.2.0/24 table 300
ip rule add not uidrange 1000-2000 to 172.16.0.0/12 uidrange 0-100 unreachable
ip rule add iif lo iif lo dport 1000 lookup main
ip route add 10.0.0.0/8 dev veth2 table 300
ip rule add to 8.8.8.8 tos lowdelay table 300
ip route get 10.1.2.3 from 203.0.113.1 tos 0x10
ip route get 10.1.9.9 from 203.0.113.5
ip -d rule
ip rule del uidrange 0-100 uidrange 0-0
ip route get 8.8.8.8 from 192.0.2.1
ip rule
ip route add blackhole default table 100
ip rule
ip rule add pref 300 oif veth2 iif veth1 blackhole
ip route get 10.1.2.3 from 198.51.100.9 tos 0x10
ip rule show
ip rule add pref 50 to 8.8.8.8 prohibit
ip -d rule
ip rule add pref 50 fwmark 0x10/0xf0 prohibit
ip route get 127.0.0.1 oif veth0 uid 0
ip route del 10.1.2.0/24 table 100
ip rule add sport 1000 uidrange 1000-2000 lookup 200
ip rule
ip route del 10.1.0.0/16 table 300
ip -j rule
ip route add default via 198.51.100.2 table main
ip route add blackhole 172.16.0.0/12 table 100
ip route get 10.1.2.3 tos 0x08 uid 1500 fibmatch
ip route add default via 192.0.2.2 table main
ip rule show
ip route add default via 192.0.2.3 metric 10 table 300
ip route get 172.16.1.1 from 10.1.2.3 iif veth3
ip rule del to 10.1.2.0/24 fwmark 0x10/0xf0 prohibit
ip rule del pref 100
ip rule add oif veth2 dport 2000-3504 to 172.16.0.0/12 table 200 suppress_ifgroup 5
ip route del 172.16.0.0/12 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule
ip rule del dport 0-719 to 8.8.8.8 blackhole
ip rule add pref 32000 oif veth2 table 200 suppress_ifgroup 0
ip rule add pref 50 iif veth0 ipproto 1 table 300
ip rule list pref 100
ip route show table all
ip rule del from 203.0.113.0/28 table 100
ip rule add pref 200 ipproto udp goto 300
ip rule del not fwmark 7 prohibit
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.ip_forward=0
ip route add 10.1.2.3 via 192.0.2.2 table 200
ip route add default via 192.0.2.3 table main
ip route show table 200
ip route get 10.1.2.3 from 203.0.113.5 uid 0 ipproto tcp
ip route get 172.16.1.1 from 192.0.2.1
ip rule
ip route show table all
