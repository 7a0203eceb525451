# Seeded random policy-routing scenario (seed 224), from conformance/generators/policy.ts.
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
ip route add default dev veth2 table 100
ip route add prohibit default table 100
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 100
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add throw 10.1.0.0/16 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route add unreachable 10.1.2.0/24 table 300
ip route add prohibit default table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table main
ip route add prohibit 172.16.0.0/12 table main
ip route add prohibit 203.0.113.16/28 table main
ip route add 203.0.113.16/28 via 198.51.100.2 table 300
ip rule add dport 0-22 iif veth1 table 100
ip route get 10.1.2.3 oif veth0 ipproto udp sport 1000 dport 2001
ip route add 0.0.0.0/1 dev veth0 table 200
ip rule add pref 100 uidrange 0-100 fwmark 3/3 from 10.0.0.0/8 table 100
ip rule add uidrange 0-100 from 203.0.113.0/28 table 200 suppress_ifgroup 5
ip route get 10.1.9.9 from 198.51.100.9 tos 0x08
ip route add 172.16.0.0/12 dev veth1 table main
ip route get 10.1.2.9 from 198.51.100.9 iif veth3
ip route add 203.0.113.16/28 dev veth0 metric 10 table main
ip route add prohibit 10.1.2.0/24 table 200
ip rule add tos 0x08 to 10.1.2.0/24 goto 32000
ip rule add pref 200 not uidrange 1000-2000 unreachable
ip rule add pref 200 uidrange 0-100 table 200
ip rule add pref 32000 ipproto tcp table 200 suppress_ifgroup 0
ip route get 10.1.9.9 iif veth1 tos 0x10
ip rule add pref 200 from 192.0.2.0/24 uidrange 0-100 to 172.16.0.0/12 table main suppress_prefixlength 0
ip route show table all
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route get 10.1.2.9 mark 0x13
ip route get 10.1.2.9 from 203.0.113.5 iif veth3 mark 7 ipproto udp sport 0 dport 2001
ip rule show
ip route show table all
ip rule add pref 32000 fwmark 0x100 to 10.1.2.0/24 blackhole
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip rule add from 10.0.0.0/8 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route get 8.8.8.8 oif veth2 mark 7 ipproto 1 sport 0 dport 80
ip route add blackhole 10.1.2.3 table 100
ip -d rule
ip route del 10.1.2.0/24 table 200
ip route add default via 198.51.100.2 metric 10 table 300
ip rule add uidrange 0-100 lookup 200
ip rule del oif veth2 goto 100
ip rule add pref 100 uidrange 1000-2000 sport 1000-2893 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 from 10.1.2.3 mark 7 tos 0x10 ipproto tcp sport 1000 dport 1000
ip rule add pref 200 dport 2000-3996 from all goto 32000
ip route get 192.0.2.77 iif veth3
ip rule add pref 300 to 8.8.8.8 fwmark 0x100 blackhole
ip route get 10.1.2.9 oif veth0
ip rule add oif veth0 table 200 suppress_ifgroup 0
ip rule show
ip route get 10.1.9.9 from 192.0.2.1
ip rule add pref 300 iif veth0 lookup 100
ip rule show
ip route show table all
ip rule add not sport 1000-1868 iif veth1 fwmark 0x100 goto 50
ip route get 10.1.2.9 iif veth0 ipproto udp sport 1500 dport 1000 fibmatch
ip rule show table 100
ip rule add pref 300 oif veth2 uidrange 0-100 uidrange 0-0 table 100
ip -j rule
ip route del 10.1.2.3 table 200
ip rule show table 100
ip rule show table 100
ip rule add pref 200 oif veth2 from 203.0.113.0/28 nop
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip route get 192.0.2.77 tos 0x08
ip rule del fwmark 0x10/0xf0 from 10.0.0.0/8 tos 0x08
ip rule
ip rule
ip route show table all
