# Seeded random policy-routing scenario (seed 174), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add throw 10.1.2.3 table 300
ip route add throw default table 300
ip route add 10.1.2.3 dev veth0 metric 10 table 300
ip route add 10.1.0.0/16 dev veth1 table main
ip route add 0.0.0.0/1 dev veth1 table main
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip rule add tos 0x10 from all nop
ip route get 203.0.113.20 mark 0x100
ip route get 10.0.0.1 from 198.51.100.1 mark 0x13 uid 50
ip rule add pref 200 oif veth0 dport 0 lookup 200
ip rule add not from 10.0.0.0/8 blackhole
ip route show table 200
ip rule add from 192.0.2.0/24 table main suppress_prefixlength 16
ip route get 10.1.9.9 mark 7 uid 0 ipproto 1
ip route add default dev veth1 table main
sysctl -w net.ipv4.ip_forward=0
ip route add blackhole default metric 10 table main
ip rule add pref 100 tos lowdelay goto 50
ip route add throw 0.0.0.0/1 table 100
ip route get 127.0.0.1 from 10.1.2.3
ip route del 172.16.0.0/12 table 200
ip rule show
sysctl -w net.ipv4.ip_forward=1
ip rule add not sport 0 blackhole
ip rule add pref 100 ipproto 1 to 10.0.0.0/8 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip rule add from 10.0.0.0/8 to 10.0.0.0/8 table 100 suppress_prefixlength 16
sysctl -w net.ipv4.ip_forward=0
ip rule add oif veth2 prohibit
ip route del 10.0.0.0/8 table main
ip route show table all
ip route add unreachable 203.0.113.16/28 table main
ip rule add pref 300 oif veth0 prohibit
ip -j rule
ip route del 10.0.0.0/8 table 300
ip rule add tos 0x08 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 from 198.51.100.1 mark 7 tos 0x08 uid 1500
ip rule list pref 100
ip rule add pref 32000 fwmark 7 dport 0 oif veth2 table main suppress_prefixlength 8
ip rule add iif veth0 oif veth2 table 300
ip route add throw 10.1.0.0/16 metric 10 table main
ip rule show
ip -d rule
ip rule
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip route get 10.1.9.9 from 10.1.2.3
ip rule show
ip rule add pref 100 ipproto tcp prohibit
ip rule add dport 1000 table 200
ip route get 203.0.113.20 oif veth2 mark 3 ipproto tcp
ip route get 10.0.0.1 from 198.51.100.9
ip rule add not fwmark 3/3 iif lo prohibit
ip route get 203.0.113.20 from 203.0.113.5
ip -d rule
ip rule add pref 32000 not fwmark 3/3 table 200 suppress_ifgroup 0
ip route show table all
ip route get 172.16.1.1 iif veth1 mark 0x13 ipproto 1 sport 1500 dport 80
ip route get 10.1.2.9 iif veth3 mark 7
ip rule add pref 300 uidrange 0-100 nop
ip rule show
ip rule show
sysctl -w net.ipv4.ip_forward=0
ip route get 203.0.113.20 from 192.0.2.1 oif veth0
ip route get 192.0.2.77
ip rule del oif veth0 lookup 100
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip rule
ip route show table all
