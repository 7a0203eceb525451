# Seeded random policy-routing scenario (seed 184), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 100
ip route add throw 10.0.0.0/8 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 200
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route add blackhole default metric 10 table 300
ip route add 172.16.0.0/12 via 192.0.2.2 table 300
ip route add default via 192.0.2.2 table 300
ip route add blackhole 10.1.2.3 table main
ip route add 172.16.0.0/12 via 192.0.2.3 table main
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip rule show
ip rule del sport 2000-3220 dport 2000
ip route get 10.1.9.9 uid 1500
ip route get 10.1.9.9 from 203.0.113.1 oif veth2 mark 0x13 uid 0 ipproto udp sport 2500 dport 1000
ip route add blackhole 10.0.0.0/8 table main
ip rule show
ip rule list pref 100
ip rule add pref 200 to 10.1.2.0/24 dport 0 lookup 200
ip rule add pref 50 ipproto 1 table 200 suppress_ifgroup 0
ip route add unreachable 10.1.2.3 metric 10 table main
ip route get 10.1.2.9
ip rule list pref 100
ip route get 8.8.8.8 from 198.51.100.1 oif veth0 mark 0x100
ip rule del pref 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route show table 200
ip rule show
ip route show table all
ip rule add oif veth2 ipproto udp blackhole
ip rule
ip route get 8.8.8.8 uid 0
ip -j rule
ip route get 127.0.0.1 from 198.51.100.1 oif veth2 tos 0x10
ip rule del oif veth0 unreachable
ip route show table 200
ip route get 10.1.2.9 from 198.51.100.9 mark 7
ip rule add pref 32000 oif veth0 sport 2000-3279 nop
ip route add throw default metric 10 table 100
ip route get 8.8.8.8 from 198.51.100.9 ipproto 1 sport 0 dport 80
ip rule add pref 100 dport 0-782 prohibit
ip rule show table 100
ip rule del iif veth1 from all sport 2000-3197 blackhole
ip rule add pref 300 uidrange 1000-2000 blackhole
ip -j rule
ip route del 0.0.0.0/1 table main
ip rule del tos lowdelay fwmark 3/3 table 100
ip route del 172.16.0.0/12 table 200
ip route get 10.1.2.3 mark 0x13 tos 0x10
ip route get 172.16.1.1 from 203.0.113.1
ip rule add pref 100 from 203.0.113.0/28 uidrange 0-100 unreachable
ip route get 10.1.2.9 from 10.1.2.3 iif veth1 tos 0x08 ipproto tcp
ip rule add pref 50 not dport 2000-3695 from 203.0.113.0/28 table 100 suppress_prefixlength 8
ip route get 127.0.0.1
ip rule list pref 100
ip rule del pref 300
ip rule add sport 0 dport 1000-1185 goto 200
ip rule add pref 300 not ipproto udp fwmark 0x10/0xf0 nop
ip route show table all
ip rule add pref 100 sport 2000-2833 tos 0x10 goto 300
ip route get 198.51.100.1 oif veth0 mark 7 ipproto tcp sport 1000 dport 1000 fibmatch
ip rule add pref 200 to 10.0.0.0/8 goto 32000
ip route get 10.1.2.3 from 192.0.2.1 ipproto udp
ip route get 10.1.9.9 oif veth2
ip rule add pref 300 from 198.51.100.1 from 192.0.2.0/24 goto 50
ip rule add pref 300 oif veth2 blackhole
ip rule add to 10.1.2.0/24 dport 1000 iif lo unreachable
ip rule add sport 2000 nop
ip route get 203.0.113.20 iif veth0
ip route get 10.1.2.9 from 203.0.113.5 uid 0
ip route get 198.51.100.1 from 198.51.100.9 ipproto 1
ip rule
ip route show table all
