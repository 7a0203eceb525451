# Seeded random policy-routing scenario (seed 32), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth0 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add unreachable 10.1.2.3 table 100
ip route add prohibit default table 200
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route add blackhole 10.1.2.0/24 metric 10 table 200
ip route add 203.0.113.16/28 dev veth0 metric 10 table 300
ip route add prohibit 172.16.0.0/12 table 300
ip route add prohibit 10.1.2.3 metric 10 table 300
ip route add 172.16.0.0/12 via 192.0.2.3 table main
ip route add prohibit 0.0.0.0/1 table main
ip route add blackhole default table main
ip route get 10.0.0.1 from 203.0.113.1 oif veth2
ip route get 172.16.1.1 oif veth0
ip rule add dport 1000 table main suppress_prefixlength 8
ip rule del sport 1000-1392 dport 1000
ip rule add pref 50 from 203.0.113.0/28 dport 0 from 203.0.113.0/28 goto 32000
ip route get 10.1.9.9 from 203.0.113.5
ip route get 127.0.0.1
sysctl -w net.ipv4.ip_forward=0
ip rule
ip rule add oif veth2 table main suppress_prefixlength 16
ip route get 172.16.1.1 from 203.0.113.1 oif veth2 ipproto udp sport 2500 dport 80
ip rule add pref 32000 not sport 0 from 203.0.113.0/28 nop
ip rule add pref 100 dport 2000-3459 table 100 suppress_prefixlength 8
ip rule del ipproto tcp sport 2000-2352 sport 2000 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 iif veth0 ipproto tcp sport 0 dport 1000
ip route show table all
ip route get 127.0.0.1 oif veth0 uid 50 ipproto 1 sport 1500 dport 1000
sysctl -w net.ipv4.ip_forward=1
ip -j rule
ip route get 10.0.0.1 from 203.0.113.5 oif veth0 mark 0x13 ipproto udp sport 1500 dport 2001
ip route get 203.0.113.20 from 203.0.113.5 oif veth2 mark 7 tos 0x10
ip route add 10.1.0.0/16 via 203.0.113.2 table main
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 300 not dport 1000-1854 uidrange 0-0 from 192.0.2.0/24 table 100 suppress_prefixlength 0
ip rule
ip rule del ipproto udp iif veth3 ipproto tcp
ip rule add not to 172.16.0.0/12 table 200 suppress_ifgroup 0
ip route get 198.51.100.1 from 192.0.2.1 iif veth3 uid 50
ip -j rule
ip route show table all
ip rule add iif lo unreachable
ip rule add pref 50 oif veth0 fwmark 0x100 uidrange 1000-2000 unreachable
ip rule add not ipproto udp to 10.1.2.0/24 to 8.8.8.8 table 200 suppress_ifgroup 0
ip rule del pref 50
ip route get 10.0.0.1
ip route get 192.0.2.77 from 192.0.2.1 mark 3 uid 1500 fibmatch
ip rule
ip route del 203.0.113.16/28 table 200
ip rule add pref 100 ipproto tcp tos 0x08 table 200 suppress_ifgroup 5
ip route get 10.1.9.9 uid 1500
ip route get 172.16.1.1 tos 0x10
ip route add unreachable 10.0.0.0/8 metric 10 table main
ip route get 198.51.100.1 from 10.1.2.3 mark 7 fibmatch
ip -d rule
ip rule add pref 200 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip route show table all
ip route get 10.1.2.9 iif veth1
ip route add prohibit 172.16.0.0/12 table 200
ip route add throw 203.0.113.16/28 table 300
ip route get 172.16.1.1 from 203.0.113.1 ipproto tcp fibmatch
ip rule add pref 50 uidrange 1000-2000 ipproto tcp goto 32000
ip rule add not to 172.16.0.0/12 fwmark 7 table 200 suppress_ifgroup 0
ip rule add pref 32000 not from 192.0.2.0/24 tos lowdelay table main suppress_prefixlength 8
ip route add default dev veth2 table main
ip route get 192.0.2.77 from 198.51.100.9 iif veth3
ip route del 203.0.113.16/28 table 100
ip rule add to 172.16.0.0/12 from all lookup 100
ip route show table all
sysctl -w net.ipv4.ip_forward=0
ip -d rule
ip rule
ip route show table all
