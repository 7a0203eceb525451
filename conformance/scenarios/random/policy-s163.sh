# Seeded random policy-routing scenario (seed 163), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth1 table 100
ip route add default via 192.0.2.2 metric 10 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 table 100
ip route add unreachable 0.0.0.0/1 table 200
ip route add 10.1.2.3 via 192.0.2.2 table 200
ip route add unreachable 172.16.0.0/12 metric 10 table 200
ip route add blackhole 10.0.0.0/8 table 300
ip route add unreachable 10.1.0.0/16 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.0.0.0/8 dev veth2 table main
ip route add blackhole 10.1.2.3 table main
ip route add blackhole 10.1.2.3 metric 10 table main
ip route get 10.1.2.3 iif veth3 tos 0x08 ipproto udp sport 2500 dport 80
ip route get 10.1.9.9 from 203.0.113.1 iif veth1 mark 0x100
ip rule add pref 32000 dport 0-693 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 from 203.0.113.5 mark 0x13
ip route get 192.0.2.77 from 192.0.2.1 mark 0x13 ipproto 1 sport 0 dport 2001
ip rule add pref 200 not ipproto udp uidrange 1000-2000 prohibit
ip route get 10.1.9.9 from 203.0.113.1
ip route get 10.1.9.9
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route get 198.51.100.1 oif veth2 ipproto 1 sport 1000 dport 2001
ip rule add pref 50 tos 0x10 table 200 suppress_ifgroup 5
ip -d rule
ip rule add not fwmark 0x10/0xf0 ipproto udp unreachable
ip route get 192.0.2.77 from 203.0.113.1 ipproto udp sport 1500 dport 80
ip route get 192.0.2.77 from 198.51.100.9 ipproto 1 sport 1500 dport 1000
ip route show table all
ip route get 10.1.2.3 from 203.0.113.1
ip rule show table 100
ip rule show
ip route get 172.16.1.1 uid 50 ipproto 1 sport 0 dport 2001
ip route add blackhole 10.1.0.0/16 table 100
ip rule
ip route get 10.1.2.9 iif veth0 ipproto 1 sport 1000 dport 2001
ip rule add pref 32000 to 8.8.8.8 table 200 suppress_ifgroup 5
ip route show table all
ip route del 10.1.2.3 table 300
ip rule add uidrange 0-100 uidrange 0-100 unreachable
ip rule add sport 2000 to 172.16.0.0/12 prohibit
ip rule del pref 50
ip route get 10.0.0.1 from 192.0.2.1 mark 0x13 uid 50
ip route del 0.0.0.0/1 table 100
ip rule show table 100
ip -j rule
ip route show table 200
ip route get 198.51.100.1 oif veth0 mark 3 fibmatch
ip route del 203.0.113.16/28 table 100
ip route get 203.0.113.20 iif veth3 mark 0x13
ip rule add uidrange 0-0 lookup 200
ip rule add pref 100 uidrange 0-100 iif veth3 lookup main
ip route get 203.0.113.20 tos 0x08
ip route get 172.16.1.1 from 192.0.2.1 uid 1500
ip rule add tos lowdelay tos 0x10 table 200 suppress_ifgroup 0
ip -j rule
ip -j rule
ip route get 10.0.0.1 from 203.0.113.5
ip route get 198.51.100.1 mark 0x100 tos 0x10
ip rule add from 10.0.0.0/8 blackhole
ip route del 10.1.2.0/24 table 200
ip route show table all
ip rule del sport 2000 fwmark 0x100 oif veth2
ip rule
ip rule add pref 300 ipproto 1 table 100
ip rule add uidrange 0-100 goto 300
ip route get 192.0.2.77 iif veth1
ip route show table all
ip route get 8.8.8.8 uid 0
ip route get 203.0.113.20 from 198.51.100.9 iif veth0 mark 7 uid 50
ip rule show table 100
ip rule list pref 100
ip rule del from 198.51.100.1 from 198.51.100.1 unreachable
ip rule
ip route show table all
