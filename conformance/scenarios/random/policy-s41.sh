# Seeded random policy-routing scenario (seed 41), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth2 table 100
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add 10.1.2.0/24 dev veth1 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add 203.0.113.16/28 via 203.0.113.2 table 200
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add unreachable 10.1.0.0/16 table 300
ip route add blackhole 10.0.0.0/8 table main
ip route add throw 10.1.2.0/24 metric 10 table main
ip route add prohibit 10.0.0.0/8 metric 10 table main
ip rule
ip -j rule
ip rule add pref 100 uidrange 1000-2000 to 10.0.0.0/8 goto 100
ip rule del pref 50
ip route get 10.1.2.3 from 203.0.113.1 ipproto udp sport 2500 dport 1000
ip rule show
ip -d rule
ip route show table all
ip rule add pref 100 not ipproto udp fwmark 0x10/0xf0 table main suppress_prefixlength 8
ip rule del from all iif veth3 table 200 suppress_ifgroup 5
ip rule add dport 0 table 100 suppress_prefixlength 0
ip rule add tos 0x10 blackhole
ip route get 10.0.0.1 oif veth0
ip route add unreachable 10.1.0.0/16 table 300
ip route get 10.1.2.9 uid 50 ipproto tcp fibmatch
ip rule del iif lo
ip route add 172.16.0.0/12 dev veth0 table 200
ip route add unreachable 0.0.0.0/1 table main
ip rule add to 10.1.2.0/24 table 300
ip route get 198.51.100.1 mark 7 tos 0x08
ip rule add from 192.0.2.0/24 lookup 100
ip rule add pref 300 ipproto 1 from 192.0.2.0/24 prohibit
ip route add 172.16.0.0/12 dev veth1 table main
ip route get 10.0.0.1 mark 0x13
ip route show table 200
ip rule
ip rule del to 10.0.0.0/8 goto 100
ip route get 203.0.113.20 from 192.0.2.1 uid 0 ipproto udp
ip route show table all
ip rule add pref 32000 from 192.0.2.0/24 prohibit
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 fibmatch
ip route get 10.0.0.1 from 198.51.100.9 ipproto 1
ip rule add pref 100 oif veth2 table 200
ip route get 127.0.0.1 oif veth2 ipproto tcp sport 1500 dport 2001
ip rule add oif veth0 blackhole
ip route get 10.0.0.1 mark 0x100 tos 0x10 uid 0 ipproto udp
ip route add prohibit 172.16.0.0/12 metric 10 table 100
ip rule
ip rule add pref 32000 sport 1000-1878 to 10.1.2.0/24 table 100 suppress_prefixlength 16
ip rule add oif veth2 nop
ip rule add pref 32000 fwmark 0x10/0xf0 ipproto 1 unreachable
sysctl -w net.ipv4.ip_forward=0
ip -j rule
ip route get 10.1.9.9 mark 0x100 tos 0x08
ip rule add to 8.8.8.8 oif veth2 table 200
ip rule del tos lowdelay
ip rule list pref 100
ip route get 172.16.1.1
ip route add throw 10.1.2.3 table main
ip route get 127.0.0.1 ipproto tcp sport 1000 dport 80
ip route get 8.8.8.8 oif veth2 tos 0x10 ipproto udp
ip route get 8.8.8.8 uid 0
ip route get 172.16.1.1 from 10.1.2.3 mark 3
ip route get 172.16.1.1 tos 0x08 ipproto udp sport 0 dport 1000
ip rule add pref 300 uidrange 0-100 sport 2000 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.ip_forward=0
ip rule del fwmark 0x100 sport 1000-1728
ip rule del ipproto 1
ip route get 8.8.8.8 oif veth0 ipproto udp sport 0 dport 1000
ip rule add pref 200 uidrange 0-0 iif lo unreachable
ip rule
ip route show table all
