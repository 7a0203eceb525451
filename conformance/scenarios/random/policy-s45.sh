# Seeded random policy-routing scenario (seed 45), from conformance/generators/policy.ts.
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
ip route add 10.0.0.0/8 dev veth2 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add prohibit 172.16.0.0/12 table 100
ip route add 203.0.113.16/28 dev veth0 table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add 10.1.0.0/16 dev veth1 table 200
ip route add prohibit 10.1.2.3 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table main
ip route add blackhole 0.0.0.0/1 table main
ip route add prohibit 0.0.0.0/1 table main
ip link set veth2 down
ip rule add pref 300 fwmark 0x10/0xf0 fwmark 0x100 prohibit
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 oif veth2
ip route add unreachable 10.1.0.0/16 table 300
ip route get 8.8.8.8 from 192.0.2.1 tos 0x08
ip rule add pref 32000 iif veth3 nop
ip route del default table 100
ip rule add pref 200 oif veth2 fwmark 0x100 unreachable
ip route get 172.16.1.1 from 192.0.2.1 mark 0x100 ipproto tcp sport 0 dport 1000 fibmatch
ip route add throw 203.0.113.16/28 table main
ip rule add pref 32000 dport 1000 sport 2000-3331 nop
ip rule list pref 100
ip route get 10.1.9.9 from 203.0.113.5 tos 0x08
ip rule del tos 0x08 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 iif veth1 uid 50
ip route add 203.0.113.16/28 dev veth2 table main
ip rule add tos 0x10 sport 2000 ipproto udp table 200 suppress_ifgroup 5
ip route get 127.0.0.1 mark 0x100
ip rule del pref 300
ip route get 192.0.2.77 from 192.0.2.1 oif veth0 mark 0x100
ip route get 10.0.0.1 mark 0x13
ip route show table 200
ip -d rule
ip rule show
ip rule show
ip route del 10.1.0.0/16 table 300
ip route del 10.0.0.0/8 table 100
ip rule del tos 0x08 sport 0-1192 dport 2000 table 100 suppress_prefixlength 0
ip route get 10.0.0.1
ip route add unreachable 0.0.0.0/1 table 100
ip rule
ip route get 10.1.2.3 from 192.0.2.1 iif veth3 mark 3 ipproto tcp
ip route get 10.1.2.3 iif veth3 ipproto 1 sport 2500 dport 80
ip rule add from 192.0.2.0/24 lookup main
ip route del 172.16.0.0/12 table 300
ip rule add not from 203.0.113.0/28 table 200 suppress_ifgroup 5
ip rule add pref 32000 sport 0 goto 32000
ip rule add fwmark 0x10/0xf0 uidrange 0-100 ipproto udp blackhole
ip rule add uidrange 1000-2000 fwmark 0x10/0xf0 tos 0x08 table 200
ip rule list pref 100
ip route add default via 198.51.100.2 table 300
ip route get 192.0.2.77 iif veth3 mark 3
ip route get 10.1.2.9 tos 0x08 uid 0 ipproto tcp sport 2500 dport 1000
ip route get 203.0.113.20 from 203.0.113.1 oif veth0 mark 0x13
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip rule add pref 300 dport 2000 sport 1000 table 300
ip rule show table 100
ip rule add fwmark 0x100 goto 100
ip route get 192.0.2.77 from 10.1.2.3 iif veth1 mark 7
ip link set veth0 down
ip route del 10.1.0.0/16 table main
ip rule add pref 200 not uidrange 1000-2000 blackhole
ip -j rule
ip rule add pref 100 not dport 1000-1292 table 300
ip route get 10.0.0.1
ip route get 198.51.100.1 from 198.51.100.9
ip route get 8.8.8.8 iif veth0
ip route show table 200
ip -j rule
ip rule
ip route show table all
