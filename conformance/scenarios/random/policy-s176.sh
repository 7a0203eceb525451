# Seeded random policy-routing scenario (seed 176), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.2.0/24 table 100
ip route add unreachable 0.0.0.0/1 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 table 100
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add throw 203.0.113.16/28 table main
ip route add prohibit 172.16.0.0/12 table main
ip route add blackhole 10.1.2.0/24 table main
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 200
ip route get 8.8.8.8 ipproto 1
ip route add unreachable 0.0.0.0/1 table 200
ip route get 10.0.0.1 from 203.0.113.5 oif veth0 mark 3 ipproto 1 sport 0 dport 80
ip route get 10.1.2.3 from 198.51.100.1 iif veth3 tos 0x08
ip route get 10.0.0.1 tos 0x10
ip route get 8.8.8.8 from 198.51.100.9 mark 0x100 uid 50
ip route add throw default metric 10 table 300
ip rule add ipproto udp sport 2000 uidrange 0-100 table 200 suppress_ifgroup 5
ip route get 192.0.2.77 from 203.0.113.1 tos 0x10
ip rule add iif lo goto 100
ip rule add pref 100 oif veth2 prohibit
ip route get 10.1.2.3 from 198.51.100.9
ip route get 10.1.9.9 from 10.1.2.3 oif veth0 mark 0x100 fibmatch
ip rule add oif veth0 ipproto 1 table 200 suppress_ifgroup 0
ip -d rule
ip route get 10.0.0.1 from 203.0.113.5 oif veth2
ip route del 10.1.0.0/16 table main
ip route add throw 172.16.0.0/12 table main
ip route get 10.1.9.9 oif veth2
ip rule add pref 200 iif veth1 uidrange 0-100 blackhole
ip route del 10.1.0.0/16 table 300
ip rule del fwmark 0x10/0xf0
ip rule add pref 200 sport 0 iif veth3 table 100 suppress_prefixlength 0
ip route get 192.0.2.77 ipproto udp sport 1500 dport 80
ip rule add pref 200 from all blackhole
ip rule add pref 32000 sport 1000-2861 nop
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 100
ip rule add iif lo nop
ip route get 198.51.100.1
ip route get 192.0.2.77 from 203.0.113.1 oif veth2 tos 0x08
ip route get 198.51.100.1 from 198.51.100.1 mark 0x100 uid 50
ip rule add uidrange 0-0 lookup main
ip route get 10.1.2.9 from 203.0.113.1 oif veth2
ip route add 10.1.2.0/24 dev veth2 metric 10 table 100
ip rule add pref 32000 dport 2000 tos 0x10 lookup 100
ip route add 0.0.0.0/1 dev veth2 table main
ip route get 10.1.9.9 iif veth1
ip rule del pref 200
ip route get 10.1.2.3 tos 0x10 ipproto tcp sport 1500 dport 1000
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip rule add pref 32000 oif veth0 ipproto 1 tos 0x10 blackhole
ip route get 10.1.2.3 from 203.0.113.5 iif veth1 mark 3 uid 1500
ip rule add to 172.16.0.0/12 table 100 suppress_prefixlength 8
ip route get 127.0.0.1 iif veth3
ip rule add pref 50 sport 1000 dport 1000-2221 tos 0x10 lookup 200
ip route get 10.1.2.9 from 203.0.113.1 iif veth0
ip route get 10.1.2.3 from 192.0.2.1 iif veth3 mark 0x13 tos 0x08 uid 0 ipproto tcp sport 1500 dport 80
ip rule add pref 100 not ipproto udp sport 1000 unreachable
ip rule
ip rule add pref 100 not oif veth2 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 200
ip route show table 200
ip route get 10.1.2.3 oif veth2 mark 7
ip route get 10.0.0.1 from 198.51.100.1 uid 1500 fibmatch
ip rule add tos lowdelay table 100 suppress_prefixlength 16
ip link set veth2 up
ip rule show table 100
ip rule del pref 50
ip rule
ip route show table all
