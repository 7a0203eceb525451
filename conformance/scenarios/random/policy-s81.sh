# Seeded random policy-routing scenario (seed 81), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip route add unreachable default table 100
ip route add 0.0.0.0/1 dev veth0 table 200
ip route add prohibit 10.1.2.3 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 200
ip route add throw 10.1.0.0/16 metric 10 table 300
ip route add default dev veth2 metric 10 table 300
ip route add 10.1.2.3 dev veth1 metric 10 table 300
ip route add default dev veth2 table main
ip route add 10.1.2.3 dev veth1 metric 10 table main
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table main
ip route get 198.51.100.1
ip rule add pref 100 tos 0x10 fwmark 0x100 goto 200
ip route get 10.1.2.9 tos 0x10
ip rule del pref 200
ip route get 10.1.2.3 iif veth1
ip route show table all
ip route get 203.0.113.20 iif veth3 tos 0x08 uid 0
ip rule del pref 32000
ip rule add tos 0x08 iif veth1 sport 1000 table 300
ip route add prohibit 172.16.0.0/12 table 100
ip rule show table 100
ip rule del from 198.51.100.1 iif veth3 blackhole
ip rule del pref 300
ip rule add tos lowdelay to 10.1.2.0/24 dport 0-204 lookup 200
ip route get 203.0.113.20 from 198.51.100.9 mark 7 ipproto udp sport 1500 dport 2001
ip route get 8.8.8.8 iif veth1
ip link set veth0 up
ip rule del oif veth0 uidrange 1000-2000 fwmark 3/3
ip rule add not fwmark 3/3 lookup main
ip rule add pref 50 not from 198.51.100.1 table 100
ip -d rule
ip rule del iif lo tos lowdelay unreachable
ip route get 8.8.8.8 iif veth3
ip route get 10.1.2.9 mark 3 ipproto 1 sport 2500 dport 1000
ip route get 198.51.100.1 from 198.51.100.9 oif veth0 ipproto tcp sport 0 dport 1000
ip route get 203.0.113.20 from 198.51.100.9 iif veth1 ipproto udp sport 1000 dport 80
ip route add 10.1.0.0/16 dev veth1 table 200
ip route show table 200
ip route get 10.1.2.9 from 203.0.113.1 oif veth2 tos 0x10
ip route get 10.0.0.1 from 192.0.2.1 oif veth0 uid 50
ip rule del sport 1000-1414 dport 0-1067
ip rule add fwmark 0x10/0xf0 from 203.0.113.0/28 sport 0-1758 table 100 suppress_prefixlength 16
ip -d rule
ip rule add pref 300 fwmark 0x10/0xf0 dport 2000 oif veth0 unreachable
ip rule add pref 50 iif veth3 table 100 suppress_prefixlength 0
ip rule add pref 32000 not iif lo from 10.0.0.0/8 unreachable
ip rule add dport 0 uidrange 0-0 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route del 172.16.0.0/12 table 100
ip route show table 200
ip -d rule
ip route get 8.8.8.8
ip rule add iif veth3 uidrange 0-100 dport 2000-3350 goto 100
ip rule show table 100
ip rule add from 10.0.0.0/8 table main suppress_prefixlength 8
ip route get 192.0.2.77 from 203.0.113.5 uid 0 ipproto 1
ip route del 10.0.0.0/8 table 100
ip rule add iif lo fwmark 7 to 10.0.0.0/8 lookup 100
ip route get 10.0.0.1 from 10.1.2.3 mark 0x100 tos 0x08
ip -d rule
ip route get 10.0.0.1 from 198.51.100.1 ipproto udp sport 1000 dport 2001
ip route get 192.0.2.77 from 10.1.2.3 oif veth0
ip rule del pref 100
ip route get 10.1.2.9 mark 0x100
ip rule del not uidrange 0-100
ip route show table 200
ip route show table 200
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip rule
ip rule
ip route show table all
