# Seeded random policy-routing scenario (seed 240), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth2 table 100
ip route add blackhole 10.1.2.0/24 metric 10 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 table 100
ip route add blackhole default table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add unreachable 10.1.2.0/24 table 300
ip route add prohibit 10.0.0.0/8 metric 10 table 300
ip route add 172.16.0.0/12 via 192.0.2.3 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table main
ip route add prohibit 10.1.0.0/16 metric 10 table main
ip route add unreachable 10.1.2.3 table main
ip route get 127.0.0.1 from 203.0.113.1 iif veth3 tos 0x08
ip rule add pref 300 oif veth0 table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip rule add tos 0x08 iif lo goto 100
ip rule del pref 200
sysctl -w net.ipv4.ip_forward=0
ip route add prohibit default table 300
ip rule show
ip -j rule
ip rule del pref 100
ip link set veth0 up
ip rule add oif veth0 to 10.1.2.0/24 ipproto udp goto 50
ip rule del ipproto tcp iif veth1 oif veth2 goto 32000
ip route get 10.1.2.3 from 203.0.113.5
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip -d rule
ip rule show
ip route add throw 10.1.0.0/16 metric 10 table 100
ip rule add pref 100 dport 2000 ipproto udp prohibit
ip route show table 200
ip route get 10.1.2.3 from 203.0.113.1 iif veth3 tos 0x08 ipproto 1
ip route del 10.1.2.3 table 300
ip rule
ip route get 172.16.1.1 oif veth0
ip route get 8.8.8.8 from 198.51.100.9
ip route show table all
ip route del default table 100
ip route del 203.0.113.16/28 table 200
ip route get 198.51.100.1 from 192.0.2.1 ipproto 1 sport 1500 dport 1000 fibmatch
ip route get 172.16.1.1 from 10.1.2.3 iif veth0 fibmatch
ip rule add pref 32000 from all lookup 100
ip -d rule
ip rule add pref 50 from 10.0.0.0/8 unreachable
ip rule add not fwmark 7 dport 2000-2920 unreachable
ip rule show
ip rule add pref 100 fwmark 0x10/0xf0 to 8.8.8.8 blackhole
ip route get 203.0.113.20 iif veth0
ip rule add pref 32000 from 198.51.100.1 table main suppress_prefixlength 16
ip rule del pref 50
ip rule list pref 100
ip rule add pref 50 tos lowdelay dport 1000-2660 iif lo table 200
ip route del default table main
ip route get 172.16.1.1 from 10.1.2.3
ip route add default dev veth2 table 100
ip rule show
ip rule list pref 100
ip route get 10.1.9.9 from 203.0.113.1 oif veth2 tos 0x10
ip rule show table 100
ip route add blackhole 10.1.2.3 metric 10 table 200
ip rule show
ip rule add to 172.16.0.0/12 from 10.0.0.0/8 from 198.51.100.1 table 200
ip route add blackhole 203.0.113.16/28 table main
ip rule add pref 300 oif veth2 prohibit
ip rule add pref 32000 dport 0-1995 table 100 suppress_prefixlength 8
ip route get 10.1.2.9 iif veth3 uid 0 ipproto tcp sport 1000 dport 80 fibmatch
ip rule add pref 300 dport 2000 uidrange 0-0 prohibit
ip route get 203.0.113.20 from 203.0.113.1 oif veth2
ip rule del oif veth0 tos 0x08
ip rule add pref 200 oif veth2 table 200
ip rule
ip route show table all
