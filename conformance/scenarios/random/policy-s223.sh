# Seeded random policy-routing scenario (seed 223), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add prohibit 10.1.2.3 metric 10 table 100
ip route add 10.1.2.0/24 dev veth1 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add default via 192.0.2.3 metric 10 table 200
ip route add 172.16.0.0/12 via 192.0.2.2 table 300
ip route add unreachable 10.1.2.0/24 metric 10 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip route add 203.0.113.16/28 dev veth1 metric 10 table main
ip route add throw 0.0.0.0/1 table main
ip rule add fwmark 0x10/0xf0 from 192.0.2.0/24 goto 50
ip route show table all
ip rule add pref 50 ipproto udp prohibit
ip rule add not sport 1000 sport 0-1381 uidrange 1000-2000 lookup 200
ip route get 172.16.1.1 from 198.51.100.1
ip route get 8.8.8.8 from 10.1.2.3 mark 0x13
ip route get 8.8.8.8 oif veth2 mark 7 uid 50
ip route add 10.1.0.0/16 dev veth0 table 100
ip rule del not ipproto 1
ip rule list pref 100
ip rule list pref 100
ip rule add dport 1000-2707 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 from 10.1.2.3 mark 7
ip rule
ip rule add fwmark 0x100 lookup 200
ip route del 10.1.0.0/16 table 300
ip rule add not uidrange 0-100 dport 2000 unreachable
ip route get 172.16.1.1 mark 0x13
ip rule add pref 200 dport 1000 table 200 suppress_ifgroup 5
ip route get 10.1.9.9 oif veth2 uid 1500
ip route get 172.16.1.1 mark 0x13 fibmatch
ip rule show
ip rule list pref 100
ip route show table all
ip route del 10.1.2.0/24 table 200
ip rule add not fwmark 0x100 ipproto udp blackhole
ip route add 10.1.2.0/24 via 203.0.113.2 table main
ip -d rule
ip rule add fwmark 3/3 nop
ip route get 10.1.9.9 oif veth2 uid 50
ip route add default dev veth2 metric 10 table 100
ip rule del not uidrange 1000-2000 nop
ip route get 10.1.9.9 iif veth0 tos 0x10
ip rule add oif veth0 lookup main
ip route get 10.1.2.3 ipproto 1
ip rule add pref 100 dport 0-452 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 tos 0x08
ip rule del fwmark 0x100 lookup 200
ip rule add pref 200 dport 2000-3678 oif veth0 nop
ip rule add to 10.1.2.0/24 iif veth0 iif lo goto 300
ip rule del pref 300
ip route get 10.0.0.1 from 198.51.100.9
ip rule add oif veth0 unreachable
ip route del default table 200
ip route get 198.51.100.1 from 198.51.100.9 iif veth3 mark 3 tos 0x08
ip rule add uidrange 0-100 table 100 suppress_prefixlength 16
ip rule add sport 2000-3200 iif lo blackhole
ip route get 8.8.8.8 tos 0x08
ip rule add pref 300 iif veth0 lookup 200
ip route show table 200
ip rule
ip route show table 200
ip rule del oif veth0 dport 1000 table 200
ip rule add tos 0x10 table 100 suppress_prefixlength 0
ip rule add pref 32000 to 10.0.0.0/8 tos 0x10 unreachable
ip route get 10.1.2.9 from 10.1.2.3 iif veth0 tos 0x08
ip rule add pref 300 to 8.8.8.8 iif veth1 nop
ip route get 10.1.9.9 mark 0x13
ip rule add tos 0x10 nop
ip rule show table 100
ip rule
ip route show table all
