# Seeded random policy-routing scenario (seed 109), from conformance/generators/policy.ts.
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
ip route add unreachable default table 100
ip route add throw 10.1.2.0/24 table 100
ip route add prohibit 10.1.2.3 metric 10 table 200
ip route add 172.16.0.0/12 dev veth2 metric 10 table 200
ip route add blackhole default metric 10 table 200
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add 172.16.0.0/12 dev veth1 metric 10 table 300
ip route add 10.0.0.0/8 dev veth0 table main
ip route add throw 10.1.2.0/24 table main
ip route add blackhole 10.1.0.0/16 metric 10 table main
ip route get 203.0.113.20 from 10.1.2.3 iif veth0 uid 50
ip route add 10.1.2.3 dev veth0 table main
ip route get 10.1.2.9 from 198.51.100.1 iif veth3 mark 7 tos 0x10 ipproto udp sport 0 dport 1000
ip rule add not fwmark 0x10/0xf0 prohibit
ip route get 127.0.0.1 from 10.1.2.3 uid 0 ipproto udp sport 0 dport 1000
ip rule add oif veth2 tos lowdelay lookup 200
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 tos 0x10
ip rule add pref 300 fwmark 7 tos 0x10 dport 1000 prohibit
ip route get 203.0.113.20 tos 0x08 uid 0
ip route get 203.0.113.20 from 198.51.100.1 ipproto tcp sport 1500 dport 1000
ip rule add not tos 0x10 table 100
ip route get 10.0.0.1 uid 50
ip rule del fwmark 7
ip route get 8.8.8.8 mark 0x100 ipproto tcp fibmatch
ip route add prohibit default table 300
ip rule add dport 0 prohibit
ip rule add pref 50 iif lo table 200
ip route get 10.1.2.9 uid 0 ipproto 1 sport 1000 dport 1000
ip route get 8.8.8.8 from 10.1.2.3 mark 3 ipproto tcp sport 0 dport 80
ip route get 10.1.2.3
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table main
ip route get 203.0.113.20 from 203.0.113.1
ip route del default table 200
ip route get 127.0.0.1
ip rule add pref 200 sport 2000-2608 blackhole
ip route get 10.1.2.3
ip rule add pref 32000 fwmark 3/3 nop
ip rule add pref 32000 tos lowdelay blackhole
ip route get 192.0.2.77 iif veth0 mark 7
ip route get 10.1.2.9 from 192.0.2.1 iif veth3
ip rule list pref 100
ip rule show table 100
ip route get 198.51.100.1 from 198.51.100.1
ip route get 203.0.113.20
ip route get 172.16.1.1 from 198.51.100.1
ip rule show
ip route get 198.51.100.1 iif veth0 uid 0
ip route add prohibit 10.1.0.0/16 metric 10 table 300
ip route get 172.16.1.1 tos 0x08 uid 1500
ip rule add iif veth3 sport 2000 ipproto tcp goto 300
ip rule del dport 1000-2440 iif veth1 sport 0
ip rule del tos 0x10 lookup 100
ip rule add dport 2000-3172 from all nop
ip rule del tos lowdelay blackhole
ip route get 198.51.100.1 from 10.1.2.3 ipproto udp
ip link set veth0 up
ip rule del pref 32000
ip rule add pref 100 oif veth2 iif veth3 lookup main
ip rule add pref 300 not uidrange 1000-2000 ipproto udp nop
ip rule add pref 300 not tos lowdelay unreachable
ip route get 8.8.8.8
ip rule add ipproto tcp oif veth2 prohibit
ip route show table all
ip rule add from 203.0.113.0/28 iif lo lookup 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip rule add tos lowdelay nop
ip rule add to 10.0.0.0/8 unreachable
ip route add 172.16.0.0/12 dev veth0 table 100
ip rule add pref 200 from 203.0.113.0/28 from all unreachable
ip rule
ip route show table all
