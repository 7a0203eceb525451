# Seeded random policy-routing scenario (seed 149), from conformance/generators/policy.ts.
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
ip route add throw 172.16.0.0/12 table 100
ip route add unreachable 203.0.113.16/28 table 100
ip route add throw 172.16.0.0/12 metric 10 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 300
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route add blackhole 10.0.0.0/8 table main
ip route add prohibit 172.16.0.0/12 table main
ip route add prohibit 10.1.2.0/24 table main
ip route get 10.1.2.9 from 198.51.100.9
ip route get 10.0.0.1 iif veth1 mark 3
ip route get 10.1.9.9 iif veth0 mark 0x13 ipproto 1
ip route add 203.0.113.16/28 dev veth1 table main
ip rule show
ip route get 198.51.100.1 from 203.0.113.5
ip route get 10.0.0.1 from 192.0.2.1 iif veth1
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 100
ip route get 10.1.2.9 iif veth3 mark 0x100 ipproto tcp sport 2500 dport 2001
ip route show table 200
ip route get 10.1.2.3 mark 0x13 tos 0x10 ipproto udp sport 2500 dport 1000
ip rule show
ip rule add pref 32000 to 10.0.0.0/8 table 200
ip rule add to 8.8.8.8 uidrange 0-0 fwmark 7 unreachable
ip -d rule
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 50 not tos 0x08 to 8.8.8.8 nop
ip route add prohibit 10.1.2.3 metric 10 table 300
ip rule add dport 0-110 fwmark 3/3 prohibit
sysctl -w net.ipv4.ip_forward=1
ip rule add from all blackhole
ip route get 203.0.113.20 from 198.51.100.1 oif veth2
ip rule add pref 50 not sport 0-418 iif lo nop
ip route get 10.1.9.9 from 203.0.113.1 uid 1500
ip route get 192.0.2.77 ipproto tcp sport 0 dport 2001 fibmatch
ip route get 198.51.100.1 oif veth2
ip rule
ip route get 10.1.9.9 from 198.51.100.1 iif veth3 tos 0x08
ip route del 0.0.0.0/1 table 300
ip rule add tos 0x10 nop
ip rule add pref 50 dport 2000 iif lo lookup main
ip rule show
ip -d rule
ip route add throw 10.1.2.0/24 table main
ip route add throw 10.1.2.3 metric 10 table 100
ip route add throw 172.16.0.0/12 metric 10 table 200
ip rule show table 100
ip -d rule
ip rule del from all prohibit
ip route get 10.1.2.9 iif veth3
ip route add 0.0.0.0/1 via 198.51.100.2 table main
ip rule add pref 300 iif veth0 dport 2000 ipproto 1 table main suppress_prefixlength 8
sysctl -w net.ipv4.ip_forward=0
ip rule
ip route add throw 0.0.0.0/1 table 100
ip rule add pref 300 not fwmark 0x10/0xf0 to 10.1.2.0/24 lookup main
ip route get 10.1.2.9 from 198.51.100.9 ipproto tcp sport 1500 dport 1000
ip rule del pref 100
ip rule del pref 50
ip route del 10.1.0.0/16 table 100
ip route get 10.1.9.9 mark 3 ipproto 1
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table main
ip rule show table 100
ip rule add tos lowdelay nop
ip route get 8.8.8.8
ip route show table 200
ip rule list pref 100
ip rule add tos 0x08 table 300
ip rule del sport 0 fwmark 7
ip -j rule
ip rule
ip route show table all
