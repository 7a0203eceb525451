# Seeded random policy-routing scenario (seed 111), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add throw 172.16.0.0/12 table 100
ip route add unreachable 0.0.0.0/1 metric 10 table 100
ip route add default dev veth0 table 200
ip route add default dev veth0 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 300
ip route add 10.1.2.3 dev veth2 table 300
ip route add unreachable 172.16.0.0/12 table main
ip route add prohibit 172.16.0.0/12 metric 10 table main
ip route add 0.0.0.0/1 dev veth2 table main
ip -d rule
ip route get 127.0.0.1 from 198.51.100.1 iif veth1
ip route get 127.0.0.1 from 198.51.100.9
ip rule add pref 32000 iif veth1 tos lowdelay table 200 suppress_ifgroup 0
ip -d rule
ip rule add oif veth0 ipproto tcp lookup 200
ip route add 203.0.113.16/28 dev veth0 metric 10 table main
ip rule del tos 0x10
ip -d rule
ip route get 198.51.100.1 from 198.51.100.1 uid 1500
ip rule add to 10.1.2.0/24 table 100 suppress_prefixlength 8
ip route get 10.1.2.3 from 10.1.2.3 oif veth0 mark 3 ipproto 1
ip rule add iif veth0 uidrange 0-100 lookup 100
ip route get 198.51.100.1 from 192.0.2.1 mark 7 uid 0 ipproto 1 sport 1500 dport 2001
ip route get 203.0.113.20 ipproto udp sport 1000 dport 80
ip route get 203.0.113.20 from 10.1.2.3 iif veth3 mark 0x100
ip rule add pref 300 dport 1000 table 300
ip rule add pref 100 tos 0x08 from 203.0.113.0/28 ipproto udp table 100
ip rule show
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route add unreachable 10.1.2.0/24 metric 10 table main
ip route get 203.0.113.20 from 203.0.113.1 tos 0x08 uid 50
ip route get 172.16.1.1 from 203.0.113.5 fibmatch
ip rule list pref 100
ip rule add pref 300 tos 0x10 dport 0 dport 1000-1164 prohibit
ip rule add pref 300 not from 198.51.100.1 prohibit
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 200
ip rule show table 100
ip rule add pref 300 fwmark 0x100 to 10.1.2.0/24 table 200 suppress_ifgroup 0
ip route add blackhole 10.1.0.0/16 metric 10 table main
ip route add 10.1.2.3 dev veth2 table 100
ip route get 198.51.100.1 from 203.0.113.1 mark 7 ipproto 1 sport 1000 dport 80
ip route get 10.1.2.9 mark 0x100
ip rule add oif veth0 oif veth2 unreachable
ip rule add to 172.16.0.0/12 unreachable
ip rule add dport 0-698 goto 100
ip rule add pref 200 dport 0 iif veth3 tos 0x10 table main suppress_prefixlength 8
ip route del 10.1.0.0/16 table 100
ip route show table all
ip route get 127.0.0.1 oif veth2 mark 3
ip link set veth0 down
ip rule
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table main
ip route get 203.0.113.20
ip rule del pref 32000
ip rule add pref 300 oif veth0 fwmark 0x100 lookup main
ip rule del to 10.0.0.0/8 sport 1000-2680
ip route get 198.51.100.1 iif veth3 mark 3 uid 50 ipproto tcp sport 1000 dport 80
ip rule del sport 1000-2225 sport 1000-1936 uidrange 0-0 table 300
ip route get 192.0.2.77 from 192.0.2.1 oif veth2
ip -j rule
ip route del 10.0.0.0/8 table 300
ip route show table 200
ip route get 203.0.113.20 iif veth3
ip route add throw 10.1.0.0/16 table 100
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 32000 ipproto tcp dport 2000-3656 table 200 suppress_ifgroup 0
ip rule show table 100
ip rule del pref 100
ip route get 10.1.2.9
ip rule
ip route show table all
