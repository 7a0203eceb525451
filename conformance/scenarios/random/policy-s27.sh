# Seeded random policy-routing scenario (seed 27), from conformance/generators/policy.ts.
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
ip route add throw 10.0.0.0/8 table 100
ip route add throw 172.16.0.0/12 metric 10 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add 0.0.0.0/1 dev veth0 metric 10 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
ip route add 172.16.0.0/12 dev veth0 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 300
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table main
ip route add default via 203.0.113.2 table main
ip route add throw 172.16.0.0/12 table main
ip rule add pref 200 iif veth3 blackhole
ip rule show
ip rule add not ipproto tcp table 200
ip rule add pref 300 to 10.0.0.0/8 to 8.8.8.8 unreachable
ip rule add pref 200 sport 2000-3106 lookup 100
ip rule add sport 1000-1097 from 192.0.2.0/24 table 100 suppress_prefixlength 0
ip rule add pref 32000 not oif veth2 to 10.0.0.0/8 blackhole
ip rule add pref 200 uidrange 0-100 goto 50
ip route get 192.0.2.77 oif veth0 uid 1500 ipproto 1 sport 1000 dport 1000
ip rule del dport 0-1580 uidrange 1000-2000 lookup 200
ip route get 8.8.8.8
ip route get 10.1.2.3 from 198.51.100.9 mark 0x13 ipproto udp
ip -j rule
ip route get 192.0.2.77 from 198.51.100.9 tos 0x08
ip rule list pref 100
ip route get 10.1.9.9 from 198.51.100.9 iif veth1 fibmatch
ip route add default dev veth2 table main
ip route get 172.16.1.1 from 198.51.100.1 iif veth1
ip rule add not tos 0x10 table 100
ip route get 10.0.0.1 oif veth2
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route add throw 10.0.0.0/8 table 300
ip route get 10.1.9.9 ipproto 1 sport 2500 dport 2001
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table main
ip route get 192.0.2.77 from 192.0.2.1 mark 3 ipproto tcp
ip rule show table 100
ip route get 127.0.0.1 from 198.51.100.9 mark 7 tos 0x08 ipproto 1 sport 1500 dport 1000
ip rule add from all table 300
ip route get 203.0.113.20 from 198.51.100.1 oif veth2 mark 3
ip route get 203.0.113.20 from 203.0.113.5 tos 0x10 uid 50
ip rule list pref 100
ip route get 172.16.1.1 tos 0x10 uid 0
ip rule add pref 50 uidrange 0-0 fwmark 0x100 ipproto udp table 200 suppress_ifgroup 0
ip route get 192.0.2.77 ipproto tcp sport 0 dport 80
ip rule add pref 300 to 8.8.8.8 iif veth1 unreachable
ip route get 203.0.113.20 from 192.0.2.1 mark 0x13
ip route get 192.0.2.77 from 203.0.113.1 tos 0x08
ip route del 0.0.0.0/1 table 100
ip route get 192.0.2.77 iif veth0
ip rule
ip rule show
ip route get 8.8.8.8 oif veth0 ipproto 1 sport 2500 dport 2001
ip route get 10.1.2.9 fibmatch
ip rule add not ipproto udp table 100 suppress_prefixlength 16
ip route get 10.1.9.9 iif veth1 uid 0
ip rule list pref 100
ip route get 10.1.9.9 fibmatch
ip -j rule
ip route add unreachable 10.1.0.0/16 table main
ip rule show table 100
ip rule add pref 100 sport 2000 lookup 100
ip route del 172.16.0.0/12 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip route get 10.1.2.9 from 10.1.2.3 ipproto udp sport 2500 dport 80
ip rule list pref 100
ip rule add ipproto udp uidrange 1000-2000 table 200
ip rule add pref 200 sport 2000 to 8.8.8.8 table 100
ip route get 10.1.2.9 from 203.0.113.5
ip route get 203.0.113.20 iif veth1
ip rule
ip route show table all
