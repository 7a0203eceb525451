# Seeded random policy-routing scenario (seed 220), from conformance/generators/policy.ts.
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
ip route add throw 172.16.0.0/12 metric 10 table 100
ip route add 10.1.2.0/24 dev veth0 table 100
ip route add throw default metric 10 table 100
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add default via 192.0.2.3 metric 10 table 200
ip route add prohibit 172.16.0.0/12 metric 10 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip route add 10.1.2.0/24 dev veth1 table main
ip route add prohibit 10.1.2.0/24 table main
ip route add blackhole default table main
ip -j rule
ip rule add pref 50 iif veth0 iif veth3 table 200 suppress_ifgroup 5
ip route add blackhole 10.1.2.3 table main
ip -j rule
ip rule del dport 1000-1270 blackhole
ip route add blackhole 10.0.0.0/8 table 200
ip rule add oif veth0 blackhole
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip rule del pref 200
ip rule add from 10.0.0.0/8 ipproto udp table 200 suppress_ifgroup 5
ip rule del uidrange 1000-2000 iif veth3 table 300
ip rule add pref 32000 tos lowdelay prohibit
ip rule add uidrange 1000-2000 blackhole
ip route get 10.1.2.9
ip route get 203.0.113.20 from 203.0.113.5 ipproto 1
ip route get 10.0.0.1 from 198.51.100.1 iif veth3 mark 0x100
ip route get 172.16.1.1
ip rule list pref 100
ip rule del fwmark 0x100 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 mark 0x13 tos 0x10 fibmatch
ip route get 10.1.9.9 oif veth2 uid 0
ip route get 8.8.8.8 from 192.0.2.1
ip rule del pref 50
ip route get 10.1.9.9 from 203.0.113.1 mark 0x100 ipproto 1 sport 2500 dport 80
ip rule add dport 1000-1449 tos 0x08 prohibit
ip rule del dport 2000-2810 table 200 suppress_ifgroup 0
ip route show table 200
ip route get 127.0.0.1 from 198.51.100.1 mark 0x100 tos 0x08
ip rule add fwmark 7 to 8.8.8.8 from all nop
ip route get 10.1.9.9 ipproto udp sport 0 dport 80
ip rule del pref 100
ip route get 10.1.2.3 from 10.1.2.3 ipproto 1
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 300
ip route add 203.0.113.16/28 dev veth1 table 100
ip rule add pref 50 dport 2000 blackhole
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route get 203.0.113.20 mark 0x100
ip route add 10.1.2.3 dev veth1 table 200
ip rule show
ip -d rule
ip route get 172.16.1.1 from 198.51.100.9 mark 0x100 ipproto udp sport 0 dport 80
ip rule add pref 300 fwmark 3/3 fwmark 0x10/0xf0 nop
ip route get 198.51.100.1 from 198.51.100.9 iif veth3 mark 0x100 tos 0x10 ipproto 1 sport 0 dport 80
ip route del 0.0.0.0/1 table 200
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip rule add uidrange 1000-2000 to 172.16.0.0/12 goto 50
ip route get 203.0.113.20 from 192.0.2.1 mark 3 tos 0x08 ipproto 1
ip route get 10.1.2.9
ip rule add iif veth0 dport 1000 lookup 200
ip rule show
ip route get 8.8.8.8 uid 0
ip rule add pref 100 tos 0x10 to 10.0.0.0/8 prohibit
ip route del 172.16.0.0/12 table 200
sysctl -w net.ipv4.ip_forward=1
ip route add 10.1.0.0/16 via 203.0.113.2 table main
ip route del 10.1.2.3 table 200
ip route get 127.0.0.1 mark 3
ip route get 203.0.113.20 iif veth1 uid 1500
ip rule
ip route show table all
