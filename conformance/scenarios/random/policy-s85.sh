# Seeded random policy-routing scenario (seed 85), from conformance/generators/policy.ts.
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
ip route add prohibit 10.0.0.0/8 metric 10 table 100
ip route add 172.16.0.0/12 dev veth2 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 100
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add 0.0.0.0/1 dev veth2 table 200
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip route add unreachable 10.1.2.3 table main
ip route add 10.1.2.0/24 dev veth0 table main
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table main
ip route get 10.1.2.9 from 198.51.100.1 mark 7 uid 1500 ipproto 1 sport 1500 dport 2001 fibmatch
ip route get 192.0.2.77 from 198.51.100.9 iif veth1 mark 0x100
ip rule del pref 300
ip route get 10.1.2.9 iif veth3
ip rule show table 100
ip route show table all
ip rule add oif veth0 to 172.16.0.0/12 ipproto udp table main suppress_prefixlength 0
ip route show table all
ip rule show table 100
ip rule show table 100
ip route get 172.16.1.1 from 198.51.100.9 ipproto 1 fibmatch
ip rule add oif veth2 uidrange 0-0 table 200 suppress_ifgroup 5
ip route add throw 10.0.0.0/8 table main
ip rule del pref 50
ip route get 198.51.100.1 iif veth3 tos 0x10 ipproto 1
ip rule show
ip route get 10.0.0.1 uid 50
ip rule add pref 300 fwmark 7 from all table 200 suppress_ifgroup 5
ip rule show
ip route get 10.1.2.9 oif veth0 ipproto tcp sport 2500 dport 80 fibmatch
ip route show table all
ip route get 192.0.2.77 uid 0 ipproto tcp sport 2500 dport 80
ip rule add fwmark 0x100 uidrange 0-100 ipproto 1 nop
ip rule add not ipproto udp uidrange 0-0 uidrange 1000-2000 prohibit
ip route get 8.8.8.8 from 198.51.100.9 oif veth2 mark 0x13 ipproto 1
ip route get 198.51.100.1 from 203.0.113.1 oif veth2
ip rule add pref 32000 from 198.51.100.1 to 10.0.0.0/8 table 100
ip rule del uidrange 0-0
ip route show table all
ip rule add pref 300 iif lo goto 100
ip route get 10.1.2.9 uid 50
ip rule show
ip rule add pref 200 from 10.0.0.0/8 blackhole
ip route get 172.16.1.1 iif veth3 mark 0x13 tos 0x08 ipproto 1 sport 2500 dport 1000
ip rule add fwmark 0x100 table 200 suppress_ifgroup 0
ip route show table 200
ip route add throw 10.1.2.0/24 table 200
ip route get 192.0.2.77 iif veth3
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route get 127.0.0.1 from 203.0.113.1 uid 50
ip rule add to 8.8.8.8 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 198.51.100.1 iif veth1
ip route get 198.51.100.1 mark 0x13 ipproto tcp sport 2500 dport 80
ip rule add not sport 1000-2441 oif veth0 sport 0-76 nop
ip route add 203.0.113.16/28 dev veth2 metric 10 table 200
ip rule
ip route get 198.51.100.1
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.9.9 oif veth0 mark 0x100
ip route add blackhole 10.1.2.0/24 table 100
ip rule add pref 32000 oif veth0 unreachable
sysctl -w net.ipv4.ip_forward=1
ip link set veth2 up
ip route del 172.16.0.0/12 table 300
ip rule
ip -d rule
ip rule add not to 172.16.0.0/12 dport 0-1069 blackhole
ip route get 10.0.0.1 from 203.0.113.1 oif veth2
ip -j rule
ip -j rule
ip rule
ip route show table all
