# Seeded random policy-routing scenario (seed 1), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 table 200
ip route add prohibit 10.1.2.3 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add prohibit 10.1.2.3 table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add default dev veth0 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route add 203.0.113.16/28 via 192.0.2.3 table main
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip rule
ip route get 192.0.2.77 mark 0x100 tos 0x10
ip rule add pref 32000 sport 1000-1320 sport 0-1853 table main suppress_prefixlength 0
ip route get 198.51.100.1 from 10.1.2.3
ip rule add pref 300 to 10.0.0.0/8 unreachable
ip route add blackhole 0.0.0.0/1 table 100
ip rule del uidrange 0-100 sport 2000
ip route show table 200
ip route get 203.0.113.20 mark 7 uid 1500
ip route get 10.1.2.9 oif veth2 mark 0x13 uid 1500
ip route add default dev veth0 metric 10 table 300
ip route get 198.51.100.1
ip route get 192.0.2.77 from 203.0.113.1 oif veth0
ip route get 10.1.2.3 from 10.1.2.3 mark 0x100
ip rule add tos lowdelay lookup 100
ip rule list pref 100
ip rule add pref 300 to 10.1.2.0/24 dport 2000 table 100 suppress_prefixlength 0
ip rule del oif veth2 iif veth0
ip route get 192.0.2.77 tos 0x08 uid 1500
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route get 10.1.9.9 oif veth0
ip -j rule
ip -j rule
ip route get 10.1.2.3 from 203.0.113.5 mark 0x100 ipproto tcp sport 1000 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip rule del sport 2000
ip route get 192.0.2.77 from 198.51.100.9 uid 1500
ip route add prohibit 10.1.2.0/24 table 100
ip rule list pref 100
ip route get 203.0.113.20 from 10.1.2.3 mark 3
ip route get 8.8.8.8 from 10.1.2.3
ip rule add fwmark 7 unreachable
ip rule show table 100
ip rule add pref 50 oif veth0 prohibit
ip route add throw 10.1.2.3 table 100
ip rule add pref 300 fwmark 7 oif veth0 ipproto udp table 200 suppress_ifgroup 0
ip route get 192.0.2.77
ip rule add pref 50 uidrange 0-100 fwmark 3/3 oif veth2 prohibit
ip rule add iif lo sport 2000 nop
ip route add unreachable 0.0.0.0/1 table main
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route get 192.0.2.77 mark 0x13
ip route get 172.16.1.1 mark 0x13
ip route get 10.1.9.9 uid 0
ip rule show
ip rule add pref 50 ipproto 1 fwmark 0x10/0xf0 unreachable
ip rule add oif veth0 nop
ip route get 172.16.1.1 iif veth0 mark 0x100 ipproto tcp
ip rule add ipproto tcp lookup 100
ip rule add oif veth0 table 200 suppress_ifgroup 5
ip rule del pref 50
ip route show table all
ip route get 127.0.0.1 from 203.0.113.5 tos 0x10
ip route get 198.51.100.1 from 203.0.113.5 iif veth1 mark 3 tos 0x08
ip rule add to 8.8.8.8 ipproto 1 oif veth0 unreachable
ip rule list pref 100
ip route add unreachable 10.1.2.0/24 table 200
ip route get 8.8.8.8 ipproto 1 sport 1000 dport 2001
ip rule add fwmark 0x100 prohibit
ip rule
ip route show table all
