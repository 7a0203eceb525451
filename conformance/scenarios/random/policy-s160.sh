# Seeded random policy-routing scenario (seed 160), from conformance/generators/policy.ts.
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
ip route add unreachable 203.0.113.16/28 table 100
ip route add 10.1.2.0/24 dev veth1 metric 10 table 100
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add 203.0.113.16/28 via 203.0.113.2 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add unreachable 10.1.2.0/24 table main
ip route add throw 0.0.0.0/1 metric 10 table main
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip rule
ip rule show
ip rule add pref 100 oif veth2 oif veth2 tos 0x08 table 100 suppress_prefixlength 16
ip rule add pref 100 tos 0x08 table main suppress_prefixlength 16
ip route get 172.16.1.1 iif veth3 mark 7 ipproto tcp fibmatch
ip rule show
ip -j rule
ip rule add from all iif veth1 oif veth2 table 200 suppress_ifgroup 5
ip route del 10.1.2.0/24 table 200
ip route get 127.0.0.1 from 198.51.100.1
ip rule del pref 100
ip rule add pref 32000 sport 2000-2330 to 10.1.2.0/24 blackhole
ip rule add pref 200 uidrange 1000-2000 to 172.16.0.0/12 uidrange 0-100 blackhole
ip rule add pref 32000 to 10.0.0.0/8 sport 1000-1831 table 100 suppress_prefixlength 8
ip route get 203.0.113.20 from 203.0.113.1
ip route del 10.0.0.0/8 table 200
ip rule del pref 100
ip route get 172.16.1.1 from 192.0.2.1 iif veth3
ip rule add iif veth0 oif veth0 unreachable
ip rule add uidrange 0-100 from 192.0.2.0/24 ipproto udp prohibit
ip route get 8.8.8.8 from 203.0.113.1 ipproto udp
ip route get 8.8.8.8 mark 7
ip rule show
ip rule
ip rule add from 10.0.0.0/8 table 100 suppress_prefixlength 8
ip rule del to 10.0.0.0/8 table 100
ip rule show table 100
ip rule add fwmark 7 iif veth1 table 200 suppress_ifgroup 0
ip route add unreachable 10.1.2.0/24 metric 10 table 200
ip rule del sport 1000-1137 to 10.0.0.0/8
ip rule add not sport 0-28 tos lowdelay table 200 suppress_ifgroup 5
ip link set veth2 up
ip -j rule
ip -j rule
sysctl -w net.ipv4.ip_forward=0
ip rule show
ip route get 192.0.2.77 from 198.51.100.1 mark 0x100
ip route add unreachable default metric 10 table 200
ip rule add pref 32000 iif veth0 nop
ip route get 10.1.2.3 tos 0x10 ipproto tcp sport 1500 dport 1000
ip route add blackhole 0.0.0.0/1 metric 10 table main
ip route get 127.0.0.1 from 203.0.113.1 iif veth1 mark 0x13
ip route add unreachable default table main
ip rule add pref 200 tos lowdelay table 200 suppress_ifgroup 0
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 100
ip route add blackhole 10.0.0.0/8 table 200
ip route get 192.0.2.77 from 10.1.2.3 mark 3
ip route get 8.8.8.8 ipproto tcp sport 1500 dport 2001
ip rule add not iif veth3 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip link set veth2 down
ip route del 10.1.0.0/16 table main
ip rule add pref 32000 iif veth0 sport 0-705 oif veth0 nop
ip route get 127.0.0.1
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 200
ip rule show
ip route get 203.0.113.20 from 198.51.100.9 mark 0x13 tos 0x08
ip route show table all
ip rule add pref 300 from 10.0.0.0/8 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip rule show
ip rule
ip route show table all
