# Seeded random policy-routing scenario (seed 19), from conformance/generators/policy.ts.
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
ip route add unreachable default table 100
ip route add blackhole 10.1.0.0/16 table 100
ip route add prohibit 10.1.2.0/24 table 100
ip route add throw 10.1.0.0/16 table 200
ip route add prohibit 10.1.0.0/16 table 200
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add 0.0.0.0/1 dev veth2 metric 10 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add default dev veth1 table main
ip route add throw 203.0.113.16/28 metric 10 table main
ip route add 0.0.0.0/1 via 198.51.100.2 table main
ip rule show
ip route get 10.1.9.9 from 198.51.100.1 iif veth0 mark 0x13 uid 0
ip route get 10.1.9.9 tos 0x08 ipproto udp sport 0 dport 1000
ip route get 203.0.113.20 iif veth0
ip route get 127.0.0.1 uid 0
ip rule show
ip route get 172.16.1.1 mark 3
ip -j rule
ip rule del uidrange 0-100 oif veth2
ip rule del ipproto 1 lookup 100
ip rule add tos 0x08 iif veth1 goto 300
ip rule del pref 100
ip rule add pref 200 dport 0-777 sport 1000 prohibit
ip route add 10.1.0.0/16 dev veth2 table 300
ip rule add pref 50 from all table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip rule show
ip route add unreachable 203.0.113.16/28 table 300
ip route get 10.1.9.9 from 10.1.2.3 mark 7 uid 1500
ip route get 10.1.9.9 tos 0x08
ip rule add pref 100 uidrange 1000-2000 lookup 100
ip rule list pref 100
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip rule add uidrange 0-0 uidrange 0-0 table 200 suppress_ifgroup 0
ip route get 10.1.2.3 iif veth1 tos 0x10 uid 0
ip route get 10.0.0.1 uid 1500
ip rule show table 100
ip route get 198.51.100.1 iif veth3 uid 0
ip rule add uidrange 0-0 blackhole
ip route get 10.1.9.9 from 10.1.2.3
ip rule add sport 0 table 100
ip rule add to 10.1.2.0/24 uidrange 1000-2000 fwmark 0x100 table 100 suppress_prefixlength 8
ip -d rule
ip route get 10.1.2.3 from 203.0.113.1 iif veth0 ipproto udp sport 1000 dport 1000
ip rule add not from 192.0.2.0/24 unreachable
ip route del 0.0.0.0/1 table 200
ip route del 10.1.2.3 table 200
ip rule add from 10.0.0.0/8 oif veth2 lookup main
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip rule list pref 100
ip route get 8.8.8.8 from 203.0.113.5 mark 7 ipproto udp sport 2500 dport 80
ip route get 198.51.100.1 from 198.51.100.1 mark 0x13 ipproto udp sport 1500 dport 80
ip rule list pref 100
ip route del 203.0.113.16/28 table main
ip rule add pref 32000 uidrange 0-100 lookup 100
ip rule add pref 100 to 172.16.0.0/12 ipproto tcp table main suppress_prefixlength 8
ip route add blackhole 10.1.0.0/16 table 300
ip rule show
ip route get 10.0.0.1 from 10.1.2.3 ipproto tcp sport 1000 dport 2001
ip rule add pref 32000 oif veth2 lookup main
ip route get 198.51.100.1 from 203.0.113.1
ip route add prohibit 0.0.0.0/1 table 200
ip route get 10.1.9.9 from 10.1.2.3
ip route get 127.0.0.1 oif veth2 uid 50 ipproto tcp sport 2500 dport 2001
ip rule show
ip rule add ipproto tcp sport 0 goto 200
ip route get 10.0.0.1 from 198.51.100.1 iif veth1 mark 0x13
ip rule add oif veth0 dport 1000-1128 table 100 suppress_prefixlength 0
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 100
ip rule add from 10.0.0.0/8 dport 0 from 198.51.100.1 lookup main
ip rule
ip route show table all
