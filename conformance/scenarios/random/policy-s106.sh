# Seeded random policy-routing scenario (seed 106), from conformance/generators/policy.ts.
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
ip route add prohibit default table 100
ip route add 10.1.0.0/16 dev veth0 table 100
ip route add default via 198.51.100.2 metric 10 table 100
ip route add default dev veth1 metric 10 table 200
ip route add default dev veth2 metric 10 table 200
ip route add 203.0.113.16/28 dev veth0 table 200
ip route add unreachable 0.0.0.0/1 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table 300
ip route add blackhole 10.0.0.0/8 table 300
ip route add default via 192.0.2.2 table main
ip route add blackhole default table main
ip route add unreachable default metric 10 table main
ip rule show
ip -j rule
ip rule add pref 300 not uidrange 1000-2000 prohibit
ip route get 8.8.8.8 from 203.0.113.1
ip rule add pref 300 not fwmark 7 blackhole
ip rule add pref 300 oif veth2 blackhole
ip rule add pref 100 dport 0-783 unreachable
ip route get 198.51.100.1 from 10.1.2.3 iif veth1 tos 0x10
ip route get 10.0.0.1 iif veth3 tos 0x10 ipproto udp sport 1500 dport 80
ip rule add pref 300 oif veth2 from 192.0.2.0/24 table 200
ip rule show
ip route show table all
ip rule add tos 0x08 unreachable
ip route get 10.1.2.3 mark 7
ip route add 10.1.2.0/24 dev veth1 table 200
ip route get 127.0.0.1 iif veth3 mark 7 ipproto 1
ip route get 203.0.113.20 from 192.0.2.1 iif veth0
ip rule add pref 100 tos 0x08 lookup 100
ip rule del pref 200
ip route get 203.0.113.20
ip rule add pref 200 oif veth0 iif veth0 from 192.0.2.0/24 table main suppress_prefixlength 8
ip route get 10.1.2.9 ipproto tcp sport 0 dport 80
ip rule add sport 0 goto 300
ip route get 127.0.0.1 from 203.0.113.1 oif veth0 tos 0x10 ipproto 1
ip route get 172.16.1.1 oif veth0 mark 7 tos 0x08
ip rule add pref 32000 not uidrange 0-0 from all blackhole
ip route get 10.1.2.3 mark 0x13
ip route get 192.0.2.77 from 198.51.100.1 iif veth1 mark 0x13 fibmatch
ip route get 10.1.2.3 mark 3
ip route get 203.0.113.20 from 203.0.113.1 iif veth1 mark 0x100 tos 0x08 ipproto udp
ip route add prohibit 10.1.2.3 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip route add throw 10.1.2.0/24 table 100
ip route get 10.0.0.1 from 10.1.2.3 iif veth3
ip route get 10.1.9.9 from 10.1.2.3 iif veth1 mark 7 tos 0x08 ipproto udp sport 1500 dport 80
ip rule list pref 100
ip route add 203.0.113.16/28 dev veth1 table 100
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route show table all
ip route get 172.16.1.1
ip route get 127.0.0.1 mark 7 tos 0x10
ip rule add pref 32000 iif veth1 fwmark 7 blackhole
ip rule add sport 1000-1541 sport 2000 goto 32000
ip rule add pref 200 fwmark 7 ipproto 1 ipproto udp table 200 suppress_ifgroup 5
ip rule add pref 50 not uidrange 1000-2000 fwmark 0x10/0xf0 ipproto tcp table 200
ip route add 203.0.113.16/28 dev veth1 table 300
ip route show table 200
ip route get 198.51.100.1 from 198.51.100.9 mark 0x13 ipproto tcp sport 1000 dport 1000
ip rule add iif veth1 lookup 200
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip rule list pref 100
ip rule add pref 300 dport 0-81 oif veth0 lookup main
ip route add blackhole 203.0.113.16/28 table main
ip rule del sport 0 from 198.51.100.1
ip rule del pref 32000
ip route get 192.0.2.77 from 198.51.100.9 ipproto tcp sport 0 dport 1000
ip rule add pref 100 to 10.0.0.0/8 prohibit
ip -d rule
ip rule del oif veth0 uidrange 1000-2000 fwmark 0x100
ip route get 10.0.0.1 iif veth0
ip rule
ip route show table all
