# Seeded random policy-routing scenario (seed 56), from conformance/generators/policy.ts.
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
ip route add blackhole 203.0.113.16/28 table 100
ip route add throw default table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 200
ip route add 0.0.0.0/1 dev veth1 table 200
ip route add blackhole 172.16.0.0/12 table 200
ip route add 10.1.2.0/24 dev veth1 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add throw 203.0.113.16/28 metric 10 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add unreachable 0.0.0.0/1 metric 10 table main
ip route get 127.0.0.1 from 192.0.2.1
ip rule del pref 50
ip -j rule
ip rule del from 198.51.100.1 to 8.8.8.8
ip rule del tos 0x10 lookup main
ip route get 203.0.113.20 from 192.0.2.1 mark 0x13
ip rule show table 100
ip rule add to 10.0.0.0/8 dport 1000 fwmark 3/3 blackhole
ip rule add pref 50 tos 0x08 lookup 200
ip rule
ip rule add pref 200 uidrange 1000-2000 table 100 suppress_prefixlength 0
ip route get 8.8.8.8 uid 0 ipproto tcp
ip route get 10.1.9.9 iif veth1 tos 0x08 uid 0
ip rule
ip route get 172.16.1.1 from 203.0.113.5 iif veth3 ipproto 1
ip rule del iif veth3 ipproto 1
ip route get 10.1.2.9 from 10.1.2.3 iif veth3 mark 0x100 fibmatch
ip rule add dport 2000 unreachable
ip rule add pref 100 ipproto tcp iif veth3 ipproto udp goto 100
ip rule add iif veth0 tos 0x08 blackhole
ip rule add pref 50 to 10.1.2.0/24 dport 0 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 oif veth2 mark 7 uid 50
ip route add 172.16.0.0/12 via 192.0.2.3 table 100
ip rule list pref 100
ip route add 10.0.0.0/8 dev veth0 table 300
ip rule del pref 200
ip route add default dev veth1 metric 10 table 100
ip rule show
ip rule list pref 100
ip route get 198.51.100.1 from 198.51.100.9 oif veth0
ip rule add pref 300 sport 2000-3158 sport 2000-2268 to 10.0.0.0/8 prohibit
ip rule add to 172.16.0.0/12 ipproto udp table 200
ip rule add sport 0 ipproto udp unreachable
ip route get 10.1.9.9 uid 50 ipproto udp
ip route show table all
ip route add throw 10.1.2.0/24 table 300
ip rule del tos 0x08
ip route del 0.0.0.0/1 table 200
ip -d rule
ip route get 198.51.100.1 oif veth0 mark 0x13
ip route del 10.1.2.0/24 table main
ip rule show
ip route del 203.0.113.16/28 table 100
ip rule
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip route get 192.0.2.77 from 203.0.113.1 oif veth0 ipproto udp sport 1000 dport 80
ip rule add pref 100 sport 2000 table 200 suppress_ifgroup 5
ip rule add pref 200 dport 1000-1511 oif veth0 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 from 203.0.113.5
ip rule add not to 10.1.2.0/24 nop
ip route add throw 10.1.2.0/24 table 200
ip route add blackhole 203.0.113.16/28 metric 10 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip rule add pref 50 not uidrange 0-0 unreachable
ip rule show table 100
ip rule list pref 100
ip rule add pref 50 tos lowdelay oif veth2 nop
ip -d rule
ip route get 10.1.2.9 tos 0x10 uid 0
ip -d rule
ip rule
ip route show table all
