# Seeded random policy-routing scenario (seed 89), from conformance/generators/policy.ts.
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
ip route add default via 192.0.2.2 metric 10 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add blackhole default metric 10 table 200
ip route add blackhole 10.1.2.0/24 metric 10 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add default dev veth2 table 300
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route add throw 10.0.0.0/8 metric 10 table main
ip route add blackhole 172.16.0.0/12 table main
ip route get 10.1.2.3 from 192.0.2.1 oif veth2 uid 50
ip rule add not uidrange 1000-2000 sport 1000-1389 goto 50
ip route show table 200
ip rule
ip rule add pref 100 not sport 0 lookup 100
ip route get 172.16.1.1
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table main
ip rule add pref 200 iif veth1 fwmark 0x10/0xf0 table main suppress_prefixlength 8
ip route get 10.1.9.9 uid 0
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route get 172.16.1.1 from 198.51.100.9 mark 0x100
ip route add unreachable 10.1.2.0/24 table main
ip route show table 200
ip route add throw 0.0.0.0/1 table 200
ip rule add to 8.8.8.8 nop
ip route get 172.16.1.1 tos 0x08 ipproto 1 sport 0 dport 80
ip route get 172.16.1.1 mark 0x13
ip route get 10.1.9.9 from 203.0.113.1 iif veth1 mark 3 tos 0x08 uid 1500
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 100
ip -d rule
ip route get 192.0.2.77 from 10.1.2.3 mark 3 fibmatch
ip route get 198.51.100.1 iif veth0
ip rule add pref 50 ipproto 1 oif veth0 to 10.0.0.0/8 prohibit
ip route del default table 100
ip rule add iif veth1 unreachable
ip route get 172.16.1.1
ip route add 0.0.0.0/1 via 203.0.113.2 table 300
ip rule add pref 100 from 198.51.100.1 table 100
ip route get 192.0.2.77 from 198.51.100.9 ipproto 1
ip rule del pref 32000
ip route get 203.0.113.20 mark 0x13
ip rule add not ipproto tcp oif veth0 to 10.1.2.0/24 blackhole
ip route del 0.0.0.0/1 table main
ip link set veth0 down
ip rule show table 100
ip route get 172.16.1.1 from 198.51.100.1 iif veth3 mark 0x100 ipproto udp sport 1000 dport 80
ip rule add pref 32000 sport 1000-2659 tos 0x08 nop
ip route get 127.0.0.1 from 198.51.100.9 ipproto 1 sport 1500 dport 2001
ip rule add not fwmark 0x100 tos 0x10 dport 0-1313 lookup 200
ip route get 10.1.2.3
ip -d rule
ip rule add pref 32000 fwmark 0x10/0xf0 goto 200
ip route add unreachable 10.1.0.0/16 metric 10 table 300
ip rule
ip route add throw 10.1.0.0/16 table 300
ip rule del dport 2000-2601 to 8.8.8.8 sport 0-71 table 200 suppress_ifgroup 0
ip rule add ipproto udp nop
ip rule list pref 100
ip route get 127.0.0.1
ip rule del pref 100
ip route get 172.16.1.1 from 198.51.100.9 oif veth0
ip -j rule
ip rule add pref 100 iif veth1 uidrange 1000-2000 fwmark 0x10/0xf0 goto 200
ip route del default table 100
ip rule add pref 100 sport 2000-2997 nop
ip route get 172.16.1.1 from 203.0.113.5 mark 3 ipproto 1 sport 1500 dport 80
ip route del 10.0.0.0/8 table main
ip route get 10.1.2.9
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip rule add from 10.0.0.0/8 dport 1000-2004 lookup main
ip rule
ip route show table all
