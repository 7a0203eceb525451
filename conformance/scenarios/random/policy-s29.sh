# Seeded random policy-routing scenario (seed 29), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.0.0/16 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add throw 10.0.0.0/8 metric 10 table 100
ip route add 172.16.0.0/12 dev veth1 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add 10.1.2.0/24 dev veth0 metric 10 table 300
ip route add 0.0.0.0/1 dev veth0 metric 10 table 300
ip route add unreachable 10.0.0.0/8 metric 10 table 300
ip route add prohibit 203.0.113.16/28 table main
ip route add 10.1.2.3 dev veth1 table main
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route get 172.16.1.1 from 203.0.113.1 tos 0x08
ip route get 203.0.113.20 from 203.0.113.1
ip rule
ip -j rule
ip route get 10.1.9.9
ip route add 0.0.0.0/1 via 192.0.2.3 table 100
ip rule add pref 300 tos 0x10 ipproto 1 table 200
ip rule add pref 200 oif veth0 table 200 suppress_ifgroup 5
ip rule add iif veth0 dport 1000-2861 nop
ip rule add pref 32000 to 8.8.8.8 uidrange 0-100 nop
ip route show table 200
ip route show table 200
ip -d rule
ip rule add pref 50 dport 1000-2467 uidrange 0-0 table 100
ip route get 203.0.113.20 from 10.1.2.3 mark 3 ipproto udp sport 1500 dport 1000
ip route del 203.0.113.16/28 table 100
ip rule
ip route show table 200
ip rule del pref 300
ip route get 172.16.1.1 from 203.0.113.1 tos 0x08
ip rule list pref 100
ip rule add pref 100 not iif veth0 unreachable
ip rule add pref 50 ipproto 1 from 203.0.113.0/28 to 172.16.0.0/12 lookup 100
ip route get 198.51.100.1 tos 0x08
ip rule add pref 100 to 8.8.8.8 nop
ip rule add uidrange 0-0 nop
ip route get 10.1.2.9 tos 0x10
ip route get 10.1.2.3 from 203.0.113.5 oif veth2 mark 7 uid 1500
ip route get 172.16.1.1 mark 0x100 uid 50
ip -d rule
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule add pref 32000 uidrange 0-0 from 198.51.100.1 nop
ip route show table all
ip route get 203.0.113.20
ip rule add not dport 0-1113 prohibit
ip rule add pref 50 dport 2000 lookup main
ip rule add oif veth2 uidrange 0-100 lookup main
ip route show table 200
ip rule del oif veth0 dport 0-442
ip route get 10.1.2.9 iif veth3
ip rule list pref 100
ip rule show
ip route add 203.0.113.16/28 via 198.51.100.2 table main
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip route add prohibit 10.0.0.0/8 metric 10 table 100
ip route get 127.0.0.1 mark 7
ip rule add pref 50 to 10.1.2.0/24 iif veth3 lookup 100
ip rule add fwmark 0x100 table 200
ip route get 10.1.9.9 from 198.51.100.9 iif veth3 ipproto tcp
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip rule add pref 32000 to 10.0.0.0/8 uidrange 0-0 table 100
ip route get 172.16.1.1 from 198.51.100.1 iif veth1
ip route get 192.0.2.77 uid 0
ip rule add pref 100 to 8.8.8.8 unreachable
ip link set veth2 up
ip rule show table 100
ip route get 10.0.0.1 from 203.0.113.5 uid 0
ip route show table all
ip route add prohibit default table main
ip rule
ip route show table all
