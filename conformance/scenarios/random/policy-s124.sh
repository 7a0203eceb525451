# Seeded random policy-routing scenario (seed 124), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth1 table 100
ip route add 10.1.2.0/24 dev veth1 metric 10 table 100
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add 10.1.0.0/16 dev veth1 table 200
ip route add blackhole 10.1.2.3 metric 10 table 200
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 table 300
ip route add 10.1.0.0/16 dev veth2 table 300
ip route add blackhole 0.0.0.0/1 table main
ip route add throw 10.1.2.3 table main
ip route add prohibit 0.0.0.0/1 table main
ip rule add pref 50 not sport 0 tos 0x10 fwmark 3/3 blackhole
ip route get 192.0.2.77 oif veth2 uid 50 ipproto udp
ip rule add pref 32000 fwmark 0x100 fwmark 0x100 table 100
ip route get 10.1.2.9 from 198.51.100.9 ipproto 1 sport 0 dport 80
ip route get 203.0.113.20 from 203.0.113.5 iif veth3 tos 0x10 uid 0
ip route show table 200
ip rule del not to 172.16.0.0/12 lookup 200
ip route get 10.1.2.3 tos 0x10
ip rule
ip rule add iif veth3 nop
ip -j rule
ip route get 198.51.100.1 from 203.0.113.5 iif veth3 mark 0x100 ipproto udp sport 0 dport 80
ip route get 10.1.2.9 from 203.0.113.5 iif veth1 mark 3 fibmatch
ip rule show table 100
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 10.1.2.3 from 198.51.100.9 oif veth0 mark 0x100 uid 1500
ip rule add pref 300 to 10.0.0.0/8 dport 2000 table 200 suppress_ifgroup 0
ip route add prohibit 10.1.0.0/16 metric 10 table 300
ip rule del uidrange 0-100 uidrange 0-100
ip rule add pref 200 fwmark 0x100 tos lowdelay unreachable
ip route get 10.1.2.9 from 198.51.100.1
ip route show table all
ip route get 10.0.0.1 from 10.1.2.3 iif veth1 uid 50 fibmatch
ip route del default table 100
ip route get 10.0.0.1 from 203.0.113.1 iif veth1
ip rule del uidrange 0-100 oif veth0 sport 2000-2301
ip -d rule
ip route get 172.16.1.1 from 203.0.113.1 oif veth0
ip route get 10.1.9.9 iif veth3
ip route get 10.1.2.3 from 198.51.100.1 mark 0x100
ip route get 198.51.100.1 iif veth0 mark 0x100
ip route del 10.1.2.0/24 table 100
ip rule add pref 50 ipproto udp fwmark 7 lookup main
ip rule show table 100
ip route get 10.1.2.3 iif veth0
ip route get 192.0.2.77 from 198.51.100.9 oif veth2
ip route add prohibit 0.0.0.0/1 metric 10 table main
ip route get 172.16.1.1 from 198.51.100.9 mark 3
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route get 10.1.9.9 from 203.0.113.5
ip -j rule
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add unreachable 10.1.2.0/24 table main
ip rule show
ip route add 172.16.0.0/12 dev veth1 metric 10 table 300
ip route del 172.16.0.0/12 table 200
ip -j rule
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route show table 200
ip rule add pref 50 from 198.51.100.1 nop
ip route get 10.0.0.1 from 198.51.100.9 uid 50
ip rule add oif veth0 to 172.16.0.0/12 sport 1000 table 200 suppress_ifgroup 5
ip route get 10.1.2.9 from 198.51.100.1 tos 0x10 fibmatch
ip rule add pref 32000 ipproto tcp goto 100
ip rule add pref 300 iif lo lookup 200
ip route show table 200
ip route get 8.8.8.8 mark 7
ip rule add not iif veth1 lookup main
ip route get 10.1.2.3 iif veth0 uid 1500
ip rule add pref 200 from 192.0.2.0/24 blackhole
ip rule
ip route show table all
