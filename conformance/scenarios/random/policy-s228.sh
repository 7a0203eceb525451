# Seeded random policy-routing scenario (seed 228), from conformance/generators/policy.ts.
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
ip route add throw 10.1.0.0/16 metric 10 table 100
ip route add 0.0.0.0/1 dev veth1 table 100
ip route add throw 10.1.0.0/16 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add 10.1.2.3 dev veth2 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip route add prohibit 0.0.0.0/1 table 300
ip route add blackhole 10.1.2.3 table 300
ip route add unreachable 203.0.113.16/28 table main
ip route add throw 203.0.113.16/28 metric 10 table main
ip route add 10.1.2.3 via 192.0.2.2 table main
ip -d rule
ip rule list pref 100
ip route get 10.1.2.9 from 203.0.113.1 iif veth3 ipproto tcp sport 1500 dport 1000
ip route get 8.8.8.8 from 10.1.2.3 mark 0x13 tos 0x08 ipproto udp sport 2500 dport 1000
ip rule del pref 200
ip route get 198.51.100.1
ip route get 10.1.2.9 iif veth0 uid 0 ipproto 1 sport 1500 dport 80
ip route get 10.0.0.1 mark 3 tos 0x10
ip rule add oif veth2 iif veth3 unreachable
ip rule show
ip route del default table main
ip rule del pref 200
ip rule add tos lowdelay nop
ip rule add pref 100 sport 0-1691 blackhole
ip rule add pref 300 not from 10.0.0.0/8 dport 2000-2660 from 203.0.113.0/28 lookup 200
ip route get 10.1.2.3 oif veth0 ipproto 1 sport 0 dport 80
ip rule list pref 100
ip rule show
ip route add 10.1.0.0/16 via 192.0.2.2 table main
ip route get 172.16.1.1 ipproto tcp
ip route add unreachable 10.1.2.3 table 100
ip route get 198.51.100.1 iif veth1 uid 50 ipproto udp sport 1500 dport 1000
ip route get 10.1.2.3 mark 0x13
ip route get 10.1.9.9 ipproto tcp sport 1500 dport 1000
ip rule add pref 200 ipproto tcp goto 100
ip -j rule
ip route get 10.1.9.9
ip route get 8.8.8.8 from 192.0.2.1 oif veth2 mark 0x100
ip rule add pref 32000 dport 2000-3236 from 192.0.2.0/24 table 200 suppress_ifgroup 5
ip route del 172.16.0.0/12 table main
ip rule add pref 32000 ipproto tcp uidrange 1000-2000 table 100
ip route get 10.1.2.9 oif veth0
ip route get 203.0.113.20 from 198.51.100.9 uid 0
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route add 172.16.0.0/12 dev veth2 metric 10 table main
ip rule add pref 32000 tos 0x08 fwmark 0x100 uidrange 0-100 blackhole
ip rule add sport 1000 nop
ip rule show
ip route add unreachable 0.0.0.0/1 table main
ip route add 10.1.2.3 dev veth1 table 100
ip rule add pref 32000 sport 0-1605 fwmark 0x100 oif veth0 table 200 suppress_ifgroup 5
ip rule add tos 0x10 goto 100
ip route get 198.51.100.1
ip rule add pref 50 not from 10.0.0.0/8 table main suppress_prefixlength 0
ip rule add not dport 0 prohibit
ip rule del pref 200
ip rule add pref 50 iif lo tos lowdelay prohibit
ip -j rule
ip route add 0.0.0.0/1 dev veth1 table 300
ip route get 172.16.1.1 from 198.51.100.1 iif veth0 tos 0x08
ip route get 10.0.0.1 from 203.0.113.1 mark 7
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip rule del fwmark 3/3 fwmark 3/3
ip rule list pref 100
ip rule add pref 100 to 8.8.8.8 lookup main
ip route get 10.0.0.1 iif veth1 uid 50
ip rule add pref 100 to 10.0.0.0/8 from 10.0.0.0/8 goto 300
ip rule
ip rule add from 10.0.0.0/8 sport 2000-3085 unreachable
ip rule del tos lowdelay
ip rule
ip route show table all
