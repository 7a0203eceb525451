# Seeded random policy-routing scenario (seed 3), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth2 metric 10 table 100
ip route add unreachable 10.1.0.0/16 metric 10 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip route add unreachable 0.0.0.0/1 table 200
ip route add default via 192.0.2.3 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add unreachable 203.0.113.16/28 table 300
ip route add unreachable 0.0.0.0/1 table main
ip route add 203.0.113.16/28 dev veth2 metric 10 table main
ip route add 203.0.113.16/28 dev veth2 table main
ip rule add fwmark 0x10/0xf0 tos 0x08 unreachable
ip route get 8.8.8.8 from 203.0.113.1 iif veth1 mark 3 tos 0x10
ip route add unreachable 172.16.0.0/12 table 100
ip route add default dev veth0 metric 10 table 200
ip route show table 200
ip rule add ipproto tcp iif lo goto 32000
ip route add 203.0.113.16/28 dev veth0 table 300
ip rule del ipproto udp goto 100
ip route del 10.1.2.0/24 table 100
ip route add throw default table main
ip rule add not dport 0-232 ipproto 1 iif veth1 goto 50
ip rule add pref 32000 from 10.0.0.0/8 from 203.0.113.0/28 oif veth2 prohibit
ip route add prohibit 10.0.0.0/8 metric 10 table 200
ip rule add pref 50 not oif veth0 iif lo blackhole
ip rule add pref 32000 oif veth0 iif veth1 oif veth0 nop
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip rule show table 100
ip route get 127.0.0.1 from 198.51.100.1 mark 0x100
ip rule add oif veth2 uidrange 1000-2000 table 200
ip rule add fwmark 3/3 goto 200
ip rule add not oif veth2 dport 0 table main suppress_prefixlength 8
ip rule add uidrange 0-100 sport 0-1294 tos 0x08 nop
ip rule show table 100
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table main
ip rule
ip route get 198.51.100.1 oif veth2
ip route get 198.51.100.1 from 198.51.100.1 mark 7
ip route add 10.1.2.0/24 dev veth0 table 200
ip rule show table 100
ip route show table all
ip route get 8.8.8.8 from 198.51.100.1 mark 0x100
ip rule add fwmark 7 lookup main
ip rule add uidrange 0-0 uidrange 0-0 unreachable
ip rule
ip route get 10.0.0.1 from 192.0.2.1 iif veth0 tos 0x08
ip route get 198.51.100.1 from 198.51.100.1
ip route add default dev veth1 metric 10 table 100
ip rule del pref 300
ip -d rule
ip route get 10.1.2.9
ip route add throw 10.1.2.0/24 metric 10 table 300
ip -j rule
ip route del 203.0.113.16/28 table 100
ip rule del pref 50
ip -j rule
ip rule list pref 100
ip route get 203.0.113.20 mark 3 ipproto udp
ip rule
ip route get 172.16.1.1
ip -j rule
ip rule add pref 200 oif veth2 unreachable
ip route get 10.1.9.9 from 203.0.113.1
ip route get 203.0.113.20
ip rule add pref 300 sport 0 prohibit
ip route show table 200
ip route get 172.16.1.1 from 192.0.2.1 iif veth1 mark 3
ip route show table 200
ip rule del pref 200
ip rule del pref 100
ip route get 10.1.2.9 iif veth3 mark 0x100 uid 50 ipproto udp
ip rule
ip route show table all
