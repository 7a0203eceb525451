# Seeded random policy-routing scenario (seed 202), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.0.0/16 table 100
ip route add blackhole 203.0.113.16/28 table 100
ip route add blackhole 10.1.2.0/24 metric 10 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add throw 0.0.0.0/1 metric 10 table 200
ip route add default via 203.0.113.2 table 200
ip route add blackhole 10.0.0.0/8 table 300
ip route add unreachable default table 300
ip route add throw default table 300
ip route add throw 10.1.0.0/16 metric 10 table main
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip route add 10.1.0.0/16 dev veth0 metric 10 table main
ip route get 172.16.1.1 from 203.0.113.5 iif veth1
ip rule add dport 2000 fwmark 0x100 table 100 suppress_prefixlength 0
ip route show table all
ip rule
ip rule add pref 100 fwmark 0x100 from 10.0.0.0/8 uidrange 0-0 table 100 suppress_prefixlength 8
ip route show table 200
ip route add blackhole default table 200
ip route get 192.0.2.77 from 203.0.113.1 iif veth3 mark 3 ipproto tcp
ip route add 203.0.113.16/28 dev veth2 metric 10 table 200
ip route get 10.1.9.9 oif veth2
ip rule add to 172.16.0.0/12 fwmark 3/3 tos lowdelay goto 100
ip route get 127.0.0.1 oif veth0 mark 0x100 ipproto tcp
ip route del 10.1.2.0/24 table 200
ip route get 127.0.0.1 iif veth0 mark 0x13 tos 0x10 ipproto tcp
ip route get 203.0.113.20 tos 0x08
ip route get 10.1.9.9
ip rule add not to 172.16.0.0/12 sport 0-590 table main suppress_prefixlength 8
sysctl -w net.ipv4.ip_forward=1
ip rule add not uidrange 1000-2000 oif veth0 ipproto tcp unreachable
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip rule add sport 0-669 blackhole
ip rule del fwmark 0x100 table 300
ip route add 0.0.0.0/1 dev veth2 metric 10 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 100
ip rule add sport 1000 fwmark 0x10/0xf0 lookup 200
ip route get 10.1.9.9 from 198.51.100.1 uid 50 ipproto tcp sport 0 dport 1000
ip rule add pref 50 iif veth3 lookup main
ip rule add from 198.51.100.1 dport 1000-2181 blackhole
ip route get 192.0.2.77
ip route add default via 192.0.2.2 metric 10 table 200
ip route get 8.8.8.8 iif veth3 uid 50
ip -j rule
ip rule add pref 200 from 192.0.2.0/24 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 mark 7 ipproto 1 sport 1500 dport 2001
ip rule
ip rule list pref 100
ip route get 10.1.9.9
ip rule add ipproto 1 tos lowdelay nop
ip -j rule
ip rule add pref 300 tos lowdelay to 172.16.0.0/12 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 mark 0x13
ip route get 127.0.0.1
ip rule show table 100
ip rule del ipproto 1 fwmark 7 iif veth0 unreachable
ip rule add tos 0x10 nop
ip route add 172.16.0.0/12 dev veth2 table main
ip route show table all
ip rule add pref 200 uidrange 1000-2000 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 from 203.0.113.5 oif veth0
ip route get 10.0.0.1 iif veth1 ipproto udp sport 2500 dport 2001
ip route get 127.0.0.1 from 203.0.113.5 mark 0x100 uid 1500 ipproto udp sport 2500 dport 80
ip route show table 200
ip route del 172.16.0.0/12 table 300
ip route get 10.1.2.3 from 10.1.2.3 mark 3 ipproto udp sport 0 dport 80
ip route add 10.1.0.0/16 dev veth2 table main
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip route del 10.1.2.0/24 table 300
ip route get 127.0.0.1 from 203.0.113.1 tos 0x10 ipproto tcp
ip route get 10.0.0.1 iif veth3 tos 0x10 ipproto udp
ip rule
ip route show table all
