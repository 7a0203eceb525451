# Seeded random policy-routing scenario (seed 48), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 192.0.2.2 table 100
ip route add prohibit 10.1.2.3 table 100
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add 10.1.0.0/16 dev veth0 metric 10 table 200
ip route add prohibit 10.1.2.3 metric 10 table 200
ip route add 203.0.113.16/28 dev veth0 metric 10 table 200
ip route add unreachable 172.16.0.0/12 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add 10.1.2.3 via 203.0.113.2 table 300
ip route add prohibit 0.0.0.0/1 table main
ip route add 203.0.113.16/28 dev veth1 table main
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip -d rule
ip route get 8.8.8.8 from 203.0.113.1 ipproto tcp sport 1500 dport 2001 fibmatch
ip route show table all
ip route get 10.0.0.1 from 10.1.2.3 oif veth2 mark 0x100
ip route get 10.1.2.3 from 198.51.100.9 oif veth2 ipproto tcp fibmatch
ip rule add pref 50 not sport 1000-2732 dport 1000-1327 goto 100
ip rule add pref 100 tos lowdelay tos lowdelay prohibit
ip route get 198.51.100.1 from 203.0.113.1 iif veth3
ip route get 203.0.113.20 from 198.51.100.9 mark 3 uid 50
ip rule add pref 200 dport 1000-1414 sport 0-563 goto 200
ip route get 192.0.2.77 mark 3
ip rule del pref 32000
ip rule add not fwmark 0x10/0xf0 tos lowdelay table 200
ip rule add pref 200 fwmark 0x10/0xf0 unreachable
ip rule show table 100
ip rule del from 198.51.100.1 fwmark 0x100 fwmark 7
ip rule add pref 32000 ipproto tcp unreachable
ip route add unreachable 0.0.0.0/1 table 100
ip route add prohibit default table 300
ip rule add pref 50 iif veth3 ipproto udp table 200
ip rule add sport 1000 table 100 suppress_prefixlength 8
ip rule add fwmark 0x100 unreachable
ip rule list pref 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip route add 172.16.0.0/12 dev veth0 table 100
ip rule show
ip rule add pref 200 iif veth3 goto 200
ip rule add pref 100 to 8.8.8.8 tos 0x10 nop
ip route get 203.0.113.20 iif veth1 tos 0x08 ipproto tcp sport 2500 dport 80
ip -j rule
ip route add throw 10.0.0.0/8 table 200
ip route get 203.0.113.20 uid 0
ip route add throw 172.16.0.0/12 metric 10 table main
ip route get 192.0.2.77
ip route get 10.1.2.3 mark 3 fibmatch
ip rule add oif veth2 goto 300
ip rule add oif veth2 dport 0 lookup 100
ip rule add pref 300 tos 0x08 fwmark 3/3 table 100 suppress_prefixlength 8
ip route get 10.1.9.9 iif veth0
ip route add 10.1.2.3 dev veth2 table 100
ip rule add pref 200 to 172.16.0.0/12 iif veth1 nop
ip route del 10.1.2.3 table main
ip route add throw 203.0.113.16/28 table 100
ip rule del pref 50
ip route show table all
ip route add blackhole 0.0.0.0/1 metric 10 table main
ip route get 10.1.2.9 iif veth3 ipproto tcp
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table main
ip route add unreachable 203.0.113.16/28 metric 10 table main
ip rule show
ip route show table all
ip rule add uidrange 0-0 ipproto udp uidrange 1000-2000 table 100 suppress_prefixlength 16
ip route get 172.16.1.1 iif veth1
ip route get 172.16.1.1 mark 7
ip route del 172.16.0.0/12 table 100
ip route get 192.0.2.77 iif veth0 mark 0x100
ip rule add pref 300 sport 1000-1886 from 10.0.0.0/8 tos 0x08 unreachable
ip route get 10.0.0.1 oif veth2 ipproto udp sport 1500 dport 1000
ip rule del sport 0-1843
sysctl -w net.ipv4.ip_forward=0
ip rule
ip route show table all
