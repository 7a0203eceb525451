# Seeded random policy-routing scenario (seed 222), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip route add default via 203.0.113.2 table 100
ip route add default dev veth2 metric 10 table 100
ip route add 10.1.2.0/24 dev veth2 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add prohibit 10.1.0.0/16 table 200
ip route add unreachable 10.0.0.0/8 metric 10 table 300
ip route add default via 192.0.2.2 metric 10 table 300
ip route add 0.0.0.0/1 dev veth0 metric 10 table 300
ip route add prohibit default table main
ip route add 10.1.2.0/24 dev veth2 table main
ip route add 10.0.0.0/8 via 203.0.113.2 table main
ip rule add ipproto udp ipproto tcp nop
ip -j rule
ip route show table 200
ip rule add pref 300 not ipproto 1 to 8.8.8.8 prohibit
ip rule add pref 100 iif veth1 ipproto 1 goto 200
ip rule add iif veth0 from 10.0.0.0/8 goto 300
ip rule show
ip route get 8.8.8.8 from 198.51.100.9 tos 0x10 uid 1500
sysctl -w net.ipv4.ip_forward=0
ip route add unreachable 10.1.2.0/24 table 100
ip rule add to 172.16.0.0/12 to 10.0.0.0/8 blackhole
ip route get 172.16.1.1 from 203.0.113.5 mark 0x13 ipproto 1
ip route del 10.0.0.0/8 table main
ip rule show
ip route show table all
ip route get 172.16.1.1 ipproto udp sport 1500 dport 1000
sysctl -w net.ipv4.ip_forward=0
ip -j rule
ip rule add pref 300 dport 0-1062 sport 0-1102 prohibit
ip rule add pref 100 uidrange 0-0 dport 1000-2283 lookup 200
sysctl -w net.ipv4.ip_forward=1
ip rule del pref 200
ip route get 10.0.0.1 from 203.0.113.5 mark 0x13 ipproto 1
ip rule add pref 100 sport 0-1911 table main suppress_prefixlength 8
ip rule add pref 32000 dport 2000-3229 oif veth0 goto 200
ip rule del sport 1000-2899 sport 0-632
ip -d rule
ip rule add pref 32000 sport 0 lookup main
ip rule add to 172.16.0.0/12 sport 2000 prohibit
ip rule add dport 2000-3574 oif veth0 tos 0x10 table 100 suppress_prefixlength 0
ip route get 10.1.2.3 iif veth1 tos 0x08
ip route get 203.0.113.20 mark 0x13
ip rule add pref 100 from 192.0.2.0/24 table 200
ip route get 10.1.2.9 from 203.0.113.5
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route get 192.0.2.77 iif veth3 uid 50
ip route get 198.51.100.1 iif veth0
ip rule show
ip rule add dport 1000-2136 unreachable
ip route add prohibit 203.0.113.16/28 table main
ip route get 172.16.1.1 from 198.51.100.9
ip route add blackhole 10.0.0.0/8 table 100
ip route add 172.16.0.0/12 dev veth1 metric 10 table 200
ip rule del not sport 2000-3336
ip rule add not iif veth1 blackhole
ip rule add tos 0x08 to 10.0.0.0/8 goto 200
ip rule
ip route get 192.0.2.77 iif veth3 tos 0x10 uid 50
ip route get 10.1.2.3 iif veth3 mark 0x100
ip rule add pref 100 dport 0 fwmark 0x10/0xf0 table 100 suppress_prefixlength 16
ip -d rule
ip rule add pref 300 iif veth0 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 from 198.51.100.1 iif veth1 uid 1500
ip -d rule
ip route show table 200
ip rule del iif veth0 to 8.8.8.8 goto 200
ip route show table all
ip route add throw 10.0.0.0/8 metric 10 table main
ip route get 172.16.1.1 from 203.0.113.1 uid 1500 ipproto 1 sport 1000 dport 80
ip rule add tos 0x08 tos 0x08 iif veth0 table 100 suppress_prefixlength 16
ip rule
ip route show table all
