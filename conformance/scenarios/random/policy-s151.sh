# Seeded random policy-routing scenario (seed 151), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.2.3 table 100
ip route add 10.1.2.3 dev veth2 table 100
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add 10.1.0.0/16 dev veth0 metric 10 table 200
ip route add 10.1.0.0/16 dev veth0 table 200
ip route add default dev veth2 table 200
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 300
ip route add blackhole 10.1.0.0/16 metric 10 table 300
ip route add 172.16.0.0/12 dev veth2 table main
ip route add unreachable default table main
ip route add throw 10.1.2.3 table main
ip rule add pref 200 to 10.1.2.0/24 ipproto udp oif veth0 goto 50
ip rule del uidrange 0-100 ipproto tcp to 10.0.0.0/8 blackhole
ip route add unreachable 10.1.0.0/16 metric 10 table main
ip rule show table 100
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 300 uidrange 0-0 to 172.16.0.0/12 lookup 100
ip rule del pref 300
ip route get 8.8.8.8 from 10.1.2.3 tos 0x08 uid 0 fibmatch
ip rule del to 10.1.2.0/24 dport 2000 table 200
ip route get 10.1.2.9 iif veth3 mark 0x100 ipproto tcp
sysctl -w net.ipv4.ip_forward=1
ip route del 10.1.2.3 table main
ip rule add oif veth2 to 10.1.2.0/24 table 300
ip route add unreachable 10.1.0.0/16 metric 10 table main
ip route get 198.51.100.1 mark 7
ip route add 203.0.113.16/28 dev veth1 table 300
ip rule add pref 300 uidrange 0-0 table 200
ip route get 10.1.2.9 from 203.0.113.1 iif veth0 mark 3 ipproto 1 sport 0 dport 80
ip route del 0.0.0.0/1 table 300
ip route get 10.0.0.1
ip -j rule
ip route show table all
ip -d rule
ip rule add pref 300 to 10.1.2.0/24 oif veth0 blackhole
ip rule add pref 50 to 10.1.2.0/24 tos lowdelay from 203.0.113.0/28 goto 300
ip route get 10.1.2.3 mark 0x100
ip rule add pref 50 iif veth3 sport 1000-1761 goto 200
ip route add throw default metric 10 table main
ip rule add pref 200 uidrange 0-100 fwmark 0x10/0xf0 goto 50
ip route get 203.0.113.20 ipproto 1
ip -j rule
ip rule add pref 100 ipproto 1 sport 0 unreachable
ip route show table 200
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 tos 0x08
ip rule add ipproto tcp blackhole
ip rule add pref 100 oif veth2 table 100 suppress_prefixlength 0
ip rule add pref 100 sport 1000 fwmark 0x10/0xf0 unreachable
ip rule add pref 50 oif veth0 table 300
ip route get 198.51.100.1 tos 0x08
ip route get 10.0.0.1 from 198.51.100.9 mark 0x100
ip route get 10.1.2.3 mark 0x13
ip route get 203.0.113.20 ipproto udp sport 1000 dport 1000
ip rule add pref 300 tos lowdelay fwmark 7 lookup 200
ip -d rule
ip rule del to 172.16.0.0/12
ip rule add pref 100 not from 198.51.100.1 prohibit
ip route get 10.0.0.1 from 198.51.100.9 uid 1500 ipproto udp sport 2500 dport 1000
ip route add throw 10.0.0.0/8 table 100
ip route get 192.0.2.77 uid 1500
ip rule add not iif lo blackhole
ip route add 10.1.0.0/16 via 203.0.113.2 table main
ip rule del sport 1000-2557
ip rule
ip link set veth2 up
ip route get 8.8.8.8 iif veth1 ipproto udp
ip route add prohibit 172.16.0.0/12 table 100
ip -j rule
ip route show table 200
ip rule add pref 200 uidrange 1000-2000 oif veth0 lookup main
ip route get 10.0.0.1 iif veth0 mark 0x100 ipproto tcp
ip rule
ip route show table all
