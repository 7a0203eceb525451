# Seeded random policy-routing scenario (seed 122), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add throw 10.1.2.3 metric 10 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 100
ip route add blackhole 0.0.0.0/1 table 200
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route add 172.16.0.0/12 dev veth0 metric 10 table 200
ip route add default via 203.0.113.2 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table 300
ip route add 10.1.0.0/16 dev veth2 metric 10 table 300
ip route add 10.0.0.0/8 dev veth1 table main
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip route add blackhole default table main
ip -d rule
ip route get 8.8.8.8 from 10.1.2.3 ipproto tcp
ip route get 192.0.2.77 mark 0x100 tos 0x08
ip route get 10.1.2.3 mark 0x100 tos 0x08
ip rule
ip rule add uidrange 1000-2000 goto 32000
ip rule add pref 32000 sport 1000 fwmark 0x10/0xf0 unreachable
ip rule show
ip route get 127.0.0.1 from 203.0.113.1 mark 3 tos 0x10
ip rule del uidrange 0-100 to 10.1.2.0/24
ip route get 192.0.2.77
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route get 127.0.0.1 from 10.1.2.3 tos 0x10 uid 50
ip rule add pref 300 from 10.0.0.0/8 from 192.0.2.0/24 sport 0-1882 blackhole
ip route get 192.0.2.77 mark 3
ip rule add pref 100 sport 0 fwmark 0x100 ipproto tcp prohibit
ip rule del not fwmark 0x10/0xf0 ipproto 1
ip rule add from all blackhole
ip -d rule
ip rule add fwmark 7 prohibit
ip rule add tos lowdelay to 172.16.0.0/12 table 100
ip route get 192.0.2.77 from 192.0.2.1 iif veth3
ip route add throw 203.0.113.16/28 table 100
ip rule add tos 0x08 dport 2000-3178 goto 50
ip route get 10.1.2.3 from 203.0.113.1 oif veth2 mark 3
ip rule show
ip rule show
ip rule add tos lowdelay from 192.0.2.0/24 table 100
ip route get 10.0.0.1 from 203.0.113.5 mark 7
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip rule add pref 50 to 10.1.2.0/24 from 203.0.113.0/28 unreachable
ip route get 8.8.8.8 from 203.0.113.5 iif veth3
ip rule
ip rule add pref 300 from 192.0.2.0/24 nop
ip route get 10.0.0.1 iif veth3 mark 0x100
ip route show table all
ip rule add tos 0x10 table 100
ip route get 10.1.9.9 ipproto udp sport 0 dport 80
ip rule list pref 100
ip route add throw 0.0.0.0/1 table main
ip link set veth2 down
ip -j rule
ip route add unreachable 0.0.0.0/1 table 100
ip rule add to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route add 10.1.2.0/24 via 192.0.2.2 table 300
ip route get 10.0.0.1 from 203.0.113.5 mark 3
ip route add unreachable 10.0.0.0/8 table 300
ip route get 10.1.2.3 mark 7
ip route get 203.0.113.20 from 198.51.100.1 iif veth1 fibmatch
ip rule add pref 32000 uidrange 0-0 uidrange 0-100 table 300
ip route get 8.8.8.8 mark 3
sysctl -w net.ipv4.ip_forward=1
ip route get 203.0.113.20 from 203.0.113.5 iif veth3
ip route add throw 10.1.2.3 table 100
ip route get 192.0.2.77 from 203.0.113.1
ip rule add pref 200 not ipproto 1 from 203.0.113.0/28 table 100
ip rule add pref 300 uidrange 0-0 goto 32000
ip route add prohibit 172.16.0.0/12 table 200
ip rule add pref 300 tos 0x10 ipproto tcp iif veth3 nop
ip route get 8.8.8.8 iif veth1 mark 0x13 ipproto 1 sport 2500 dport 80
ip rule
ip route show table all
