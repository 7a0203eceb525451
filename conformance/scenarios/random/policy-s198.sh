# Seeded random policy-routing scenario (seed 198), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip route add throw 10.1.2.3 table 100
ip route add blackhole 10.1.2.3 table 100
ip route add 10.1.2.0/24 dev veth0 metric 10 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route add throw 0.0.0.0/1 table 200
ip route add 10.1.2.3 dev veth0 table 300
ip route add unreachable default table 300
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add 0.0.0.0/1 dev veth0 table main
ip route add 10.1.2.3 dev veth2 table main
ip route add throw 10.1.0.0/16 metric 10 table main
ip route get 198.51.100.1 from 10.1.2.3 tos 0x08
ip route show table all
ip rule add pref 50 ipproto tcp fwmark 3/3 lookup main
ip route show table all
ip route get 10.1.2.3 mark 0x100
ip rule del ipproto tcp
ip rule show table 100
sysctl -w net.ipv4.ip_forward=0
ip rule del oif veth2 ipproto 1 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 203.0.113.5 oif veth0 ipproto udp sport 1000 dport 80
ip rule add pref 200 tos 0x10 prohibit
ip route add 172.16.0.0/12 dev veth0 metric 10 table 300
ip route get 10.0.0.1
ip route get 10.1.2.9 from 198.51.100.1 ipproto 1
ip route get 10.1.2.9 mark 3 uid 50 ipproto tcp sport 2500 dport 1000
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
ip -j rule
ip route add default via 192.0.2.3 metric 10 table 100
ip -d rule
ip route del 10.1.2.3 table 100
ip rule add oif veth2 table main suppress_prefixlength 16
ip route get 10.1.2.9 oif veth2
ip rule show table 100
ip route get 10.1.2.3
ip route get 10.1.9.9 from 203.0.113.5 iif veth0 uid 50
ip rule add pref 300 uidrange 1000-2000 to 172.16.0.0/12 fwmark 0x10/0xf0 table 100
ip route show table all
ip route add 203.0.113.16/28 dev veth0 table 200
ip route get 10.1.2.3 iif veth3
ip route del 10.1.0.0/16 table 100
ip route get 172.16.1.1 ipproto tcp sport 2500 dport 2001
ip route del 10.1.2.3 table 100
ip rule show table 100
ip rule del pref 100
ip rule
ip route get 192.0.2.77 mark 0x13 tos 0x10 fibmatch
ip -j rule
ip rule add to 10.1.2.0/24 blackhole
ip route get 192.0.2.77 tos 0x08
ip rule
ip route get 10.0.0.1 from 192.0.2.1 ipproto 1 sport 1000 dport 80
ip rule del pref 50
ip rule show
ip route show table all
ip -d rule
ip route get 172.16.1.1 from 203.0.113.5 iif veth0
ip route show table all
ip rule add pref 100 dport 1000 tos 0x10 uidrange 0-100 prohibit
ip route get 172.16.1.1 oif veth0 tos 0x08 uid 50
ip route get 10.1.9.9 from 203.0.113.5 iif veth0 mark 0x100
sysctl -w net.ipv4.ip_forward=1
ip rule
ip route del 10.1.2.3 table 300
ip rule add pref 50 oif veth0 prohibit
ip rule del pref 32000
ip rule add pref 32000 from 203.0.113.0/28 dport 0 unreachable
ip -j rule
ip rule del tos lowdelay oif veth2 prohibit
ip route get 192.0.2.77 from 198.51.100.9 ipproto tcp sport 2500 dport 2001 fibmatch
ip rule add pref 32000 not fwmark 0x10/0xf0 blackhole
ip rule
ip route show table all
