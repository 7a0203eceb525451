# Seeded random policy-routing scenario (seed 76), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 via 192.0.2.2 table 100
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip route add blackhole default metric 10 table 100
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add 10.1.0.0/16 dev veth2 table 300
ip route add throw 10.1.2.3 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table main
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table main
ip rule add pref 200 fwmark 0x100 unreachable
ip rule add pref 200 tos 0x08 iif lo prohibit
ip route get 192.0.2.77
ip rule add pref 50 uidrange 1000-2000 lookup main
ip -j rule
ip route add 10.0.0.0/8 via 198.51.100.2 table 100
ip rule list pref 100
ip route add throw 203.0.113.16/28 table 300
ip route get 203.0.113.20 mark 0x100 tos 0x08
ip route get 198.51.100.1 from 10.1.2.3 iif veth0 uid 0
ip rule add sport 0-867 uidrange 0-0 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 from 198.51.100.9 oif veth2 tos 0x08 fibmatch
ip rule add to 172.16.0.0/12 table 100 suppress_prefixlength 8
ip rule add pref 100 oif veth0 uidrange 0-100 lookup 100
ip route get 203.0.113.20 iif veth3
ip rule del fwmark 7 oif veth2 prohibit
ip route get 10.1.2.3 iif veth1
ip rule add pref 200 uidrange 0-100 iif veth3 table 100 suppress_prefixlength 8
ip route get 10.1.2.9 mark 7
ip route get 10.0.0.1 fibmatch
ip rule list pref 100
ip route add blackhole 0.0.0.0/1 table 200
ip -d rule
ip rule
ip route get 127.0.0.1 mark 0x13
ip route get 8.8.8.8 from 203.0.113.1 mark 3
ip route get 10.1.9.9 from 198.51.100.9
ip route get 10.1.2.3 from 192.0.2.1 ipproto udp
ip rule add pref 100 iif lo uidrange 1000-2000 unreachable
ip route get 8.8.8.8 iif veth1 mark 0x13 ipproto 1
ip rule list pref 100
ip route show table all
ip route get 10.0.0.1 from 192.0.2.1 oif veth2 mark 0x13 ipproto 1 sport 2500 dport 80
ip rule show
ip rule add ipproto udp oif veth2 iif lo nop
ip route get 10.1.2.9 from 10.1.2.3 iif veth0 uid 1500 ipproto udp sport 0 dport 1000
ip route get 10.0.0.1 iif veth3 tos 0x08 uid 50 ipproto 1 sport 0 dport 80
ip route get 198.51.100.1
ip route add 10.0.0.0/8 dev veth0 table 300
ip route get 192.0.2.77 mark 7 ipproto 1 sport 1000 dport 80 fibmatch
ip rule list pref 100
ip route add throw 203.0.113.16/28 table main
ip rule
ip rule del oif veth0
ip rule del not uidrange 0-100 from 198.51.100.1 prohibit
ip rule
ip route get 192.0.2.77 from 10.1.2.3 oif veth2 mark 0x13 ipproto tcp sport 1500 dport 1000
ip route get 10.1.2.3 from 192.0.2.1 mark 3 tos 0x08
ip rule del dport 2000 sport 1000-2650 table 300
ip rule del uidrange 0-0 iif veth1 fwmark 0x100
ip route get 203.0.113.20 mark 0x100 ipproto udp
ip rule add from all sport 2000-2439 dport 1000-2679 table 200 suppress_ifgroup 5
ip link set veth0 up
ip route add blackhole default table 300
ip route get 127.0.0.1 oif veth2 mark 0x100 tos 0x10
ip rule add pref 50 sport 1000-2917 nop
ip route add unreachable default table 200
ip rule add pref 50 not to 10.0.0.0/8 prohibit
sysctl -w net.ipv4.ip_forward=1
ip rule add dport 1000-1123 lookup main
ip rule
ip route show table all
