# Seeded random policy-routing scenario (seed 46), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth0 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 100
ip route add unreachable 10.0.0.0/8 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add 0.0.0.0/1 dev veth0 table 200
ip route add 0.0.0.0/1 dev veth2 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 table 300
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip route add 10.1.2.3 via 198.51.100.2 table main
ip route add blackhole 10.0.0.0/8 table main
ip route add blackhole 10.1.0.0/16 table main
ip route get 192.0.2.77 from 203.0.113.5 iif veth0 ipproto udp
ip route get 10.1.2.9 from 198.51.100.9 iif veth3 ipproto 1
ip rule add dport 0-1632 iif lo goto 100
ip rule show table 100
ip rule list pref 100
ip route get 10.1.2.9 iif veth1
ip route add prohibit 203.0.113.16/28 table main
ip route add default dev veth1 table 100
ip route add blackhole default metric 10 table main
ip route get 10.0.0.1 mark 0x100 uid 50
ip rule add fwmark 3/3 dport 0-367 uidrange 1000-2000 nop
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table main
ip -j rule
ip rule
ip route get 172.16.1.1 from 10.1.2.3 ipproto udp
ip rule del pref 300
ip rule del pref 100
ip route add throw 10.1.2.0/24 table 200
ip route get 203.0.113.20 tos 0x08
ip route get 198.51.100.1
ip route get 10.1.2.9 from 10.1.2.3
ip route get 127.0.0.1 iif veth0 fibmatch
ip route get 127.0.0.1 from 10.1.2.3 mark 0x13
ip route get 10.1.2.9 from 10.1.2.3 ipproto udp sport 1000 dport 80
ip rule add pref 32000 not uidrange 0-100 lookup 100
ip route get 203.0.113.20 from 203.0.113.5
ip -j rule
ip route add 172.16.0.0/12 via 192.0.2.3 table 300
ip route get 10.1.2.3 from 198.51.100.1 tos 0x08 ipproto udp sport 1500 dport 1000
ip route get 192.0.2.77 from 10.1.2.3
ip route get 10.1.2.3 from 203.0.113.5
ip route get 10.1.9.9 iif veth3
ip route del 172.16.0.0/12 table main
ip route get 127.0.0.1 iif veth1 mark 0x13 tos 0x08 uid 50
ip rule add not dport 1000-1839 tos 0x08 fwmark 3/3 goto 32000
ip route get 10.1.2.3 from 192.0.2.1 ipproto tcp sport 0 dport 80
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip rule add fwmark 7 table 200 suppress_ifgroup 5
ip route add 172.16.0.0/12 dev veth0 table main
ip rule show table 100
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip rule show
ip route get 10.1.9.9 iif veth0
ip route get 192.0.2.77 from 192.0.2.1 ipproto udp sport 0 dport 2001
ip route add unreachable 10.0.0.0/8 table 300
ip route get 10.1.2.3 from 198.51.100.1 iif veth0
ip rule del dport 2000-3676 fwmark 7 to 172.16.0.0/12
ip route get 10.1.9.9 ipproto udp
ip route get 172.16.1.1 iif veth1
ip rule del dport 2000 lookup 200
ip rule add pref 32000 fwmark 0x10/0xf0 oif veth2 nop
ip route add throw 0.0.0.0/1 metric 10 table 300
ip route get 10.1.2.9 from 203.0.113.1 ipproto tcp sport 2500 dport 2001
ip route get 8.8.8.8 from 192.0.2.1 tos 0x08 fibmatch
ip route del 0.0.0.0/1 table main
ip route get 127.0.0.1 iif veth1
ip link set veth0 up
ip route add 10.1.2.0/24 dev veth0 table 200
ip route get 10.1.2.9 from 203.0.113.1 mark 0x13
ip rule
ip route show table all
