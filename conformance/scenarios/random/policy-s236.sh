# Seeded random policy-routing scenario (seed 236), from conformance/generators/policy.ts.
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
ip route add default via 192.0.2.2 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route add 10.1.2.3 dev veth0 metric 10 table 100
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add 0.0.0.0/1 via 192.0.2.3 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route add blackhole default metric 10 table 300
ip route add default via 192.0.2.3 table 300
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add throw 10.1.2.0/24 table main
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip route add unreachable 10.0.0.0/8 metric 10 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip route get 203.0.113.20 from 203.0.113.5 iif veth1
ip rule add tos lowdelay nop
ip route get 172.16.1.1 from 198.51.100.9 iif veth1 ipproto udp sport 1000 dport 1000 fibmatch
ip route get 127.0.0.1 from 192.0.2.1 oif veth0 uid 1500
ip route del 10.1.0.0/16 table 300
ip rule show table 100
ip route get 10.1.2.3 from 192.0.2.1 oif veth0 mark 3
ip -j rule
ip route get 10.1.2.9 from 203.0.113.5 iif veth1
ip route get 198.51.100.1 mark 3 tos 0x10
ip rule add fwmark 3/3 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 from 192.0.2.1
ip -d rule
ip -j rule
ip route get 198.51.100.1 from 203.0.113.1 tos 0x08 ipproto tcp sport 0 dport 2001
ip route get 8.8.8.8 from 192.0.2.1 iif veth0 mark 0x100
ip route add throw 0.0.0.0/1 metric 10 table 300
ip rule add pref 300 from 203.0.113.0/28 ipproto tcp unreachable
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip route get 127.0.0.1 from 10.1.2.3 mark 0x100
ip route get 198.51.100.1
ip -j rule
ip rule del pref 50
ip rule add not dport 2000-2418 table main suppress_prefixlength 16
ip rule add pref 50 iif lo sport 0 table 200 suppress_ifgroup 0
ip rule add pref 100 uidrange 0-0 prohibit
ip rule del uidrange 0-0 table 300
ip rule show table 100
ip route add blackhole 172.16.0.0/12 table 300
ip route show table 200
ip route get 8.8.8.8 uid 50
ip -j rule
ip rule add dport 1000 dport 1000-1207 uidrange 1000-2000 nop
ip rule show
ip route get 172.16.1.1 from 192.0.2.1 tos 0x10 ipproto tcp sport 2500 dport 1000
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.9.9 from 203.0.113.5 oif veth0 mark 0x100 tos 0x08
ip route get 10.1.2.9 from 192.0.2.1 tos 0x08 ipproto 1 sport 2500 dport 80
ip rule add oif veth2 table 200 suppress_ifgroup 5
ip rule show
ip route add 10.0.0.0/8 dev veth2 table 200
ip rule show table 100
ip rule add from 198.51.100.1 prohibit
ip rule add pref 300 not tos 0x10 dport 1000-2688 dport 1000-2883 prohibit
ip route get 10.0.0.1 from 198.51.100.9 oif veth2
ip rule add to 8.8.8.8 unreachable
ip rule add iif lo table 300
ip route del 172.16.0.0/12 table 100
ip route get 10.1.2.3 mark 0x13 uid 0
ip rule add pref 300 iif veth1 lookup 200
ip route get 127.0.0.1 iif veth0 mark 0x100
ip route get 10.0.0.1 from 203.0.113.5
ip route show table 200
ip route show table 200
ip route get 8.8.8.8 oif veth2 uid 50
ip rule add iif veth0 dport 2000 tos lowdelay table 100 suppress_prefixlength 16
ip route show table all
ip route get 10.1.2.3 from 192.0.2.1 iif veth3 tos 0x08
ip rule
ip route show table all
