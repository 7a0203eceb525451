# Seeded random policy-routing scenario (seed 91), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth2 metric 10 table 100
ip route add prohibit 203.0.113.16/28 metric 10 table 100
ip route add 203.0.113.16/28 dev veth1 table 100
ip route add throw 0.0.0.0/1 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add unreachable default metric 10 table 300
ip route add blackhole default table 300
ip route add blackhole 10.1.2.0/24 metric 10 table 300
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route add throw 10.1.0.0/16 table main
ip route add 10.1.0.0/16 via 192.0.2.2 table main
ip -d rule
ip rule add ipproto tcp from 192.0.2.0/24 table 200 suppress_ifgroup 5
ip rule add from 203.0.113.0/28 fwmark 0x10/0xf0 lookup 200
ip route get 8.8.8.8 from 198.51.100.1 iif veth0 tos 0x08
ip route get 8.8.8.8 from 203.0.113.1
ip route get 10.1.2.9 from 10.1.2.3 oif veth0 ipproto 1
ip rule del from 10.0.0.0/8 table main suppress_prefixlength 0
ip route show table 200
ip route show table all
ip rule show table 100
ip route get 192.0.2.77 tos 0x10
ip route get 8.8.8.8 from 10.1.2.3
ip route add prohibit 0.0.0.0/1 table 200
ip route get 8.8.8.8 from 192.0.2.1 tos 0x10
ip rule add pref 300 dport 0-1169 table 200
ip route get 203.0.113.20 iif veth0 tos 0x10
ip rule add pref 32000 uidrange 0-100 tos 0x08 unreachable
ip route get 10.1.9.9 iif veth1 mark 7 tos 0x10
ip rule add iif veth0 uidrange 0-0 iif veth1 goto 50
ip rule
ip rule show table 100
ip rule add pref 300 not from 203.0.113.0/28 goto 200
ip rule
ip route get 172.16.1.1 oif veth0 tos 0x10 uid 0
ip route del 172.16.0.0/12 table 300
ip rule add fwmark 0x100 blackhole
ip rule add oif veth2 tos 0x10 iif lo unreachable
ip route get 8.8.8.8 uid 1500
ip -d rule
ip route del 10.1.0.0/16 table main
sysctl -w net.ipv4.ip_forward=1
ip route show table all
ip route get 203.0.113.20
ip route add prohibit 10.1.2.3 table 100
ip rule add pref 50 to 10.0.0.0/8 uidrange 0-0 from all table 200
ip route del 10.1.0.0/16 table 200
ip route get 10.1.2.3 from 203.0.113.1 tos 0x10
ip route show table 200
ip route get 198.51.100.1 from 192.0.2.1 iif veth3
ip rule add pref 32000 ipproto 1 table 200 suppress_ifgroup 5
ip route del default table main
ip route add throw default table main
ip rule del to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip rule add pref 100 iif veth1 from 10.0.0.0/8 prohibit
ip rule add pref 100 not iif lo prohibit
ip -j rule
sysctl -w net.ipv4.ip_forward=0
ip rule add tos 0x08 goto 300
ip rule add pref 32000 iif lo blackhole
ip rule del pref 100
ip route add throw 10.1.2.0/24 table 100
ip route get 192.0.2.77 uid 1500
sysctl -w net.ipv4.ip_forward=0
ip route show table all
ip rule add not from all dport 1000-2706 uidrange 0-100 table 200
ip rule
ip route get 127.0.0.1 mark 7 tos 0x08
ip route get 203.0.113.20 iif veth1 mark 3 uid 50
ip route get 10.0.0.1 from 203.0.113.1
ip route add blackhole 172.16.0.0/12 metric 10 table 300
ip rule
ip route show table all
