# Seeded random policy-routing scenario (seed 92), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add throw 0.0.0.0/1 table 100
ip route add 10.1.2.3 dev veth0 metric 10 table 100
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add blackhole 10.1.2.0/24 table 200
ip route add prohibit default metric 10 table 200
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add blackhole 10.1.0.0/16 metric 10 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table main
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip rule add uidrange 1000-2000 from 198.51.100.1 sport 1000-1340 lookup 100
ip -j rule
ip route add default dev veth1 metric 10 table main
ip route show table all
ip route add throw 0.0.0.0/1 table 200
ip rule add dport 1000 to 10.1.2.0/24 table main suppress_prefixlength 16
ip rule add pref 50 sport 2000 blackhole
ip route get 127.0.0.1 ipproto udp sport 1000 dport 2001
ip route show table all
ip route get 198.51.100.1 from 198.51.100.9 fibmatch
ip rule del iif veth3 table 200
ip rule del oif veth2 ipproto udp ipproto udp prohibit
ip route add 10.0.0.0/8 dev veth1 table main
ip rule add pref 300 sport 0-1490 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 198.51.100.1 iif veth0 tos 0x10 uid 1500
ip rule add pref 50 to 10.0.0.0/8 nop
ip route del 10.1.2.0/24 table 100
ip rule add pref 100 ipproto tcp table 200 suppress_ifgroup 0
ip rule add pref 300 from 10.0.0.0/8 goto 50
ip route add blackhole 10.1.0.0/16 table 300
ip -d rule
ip route get 127.0.0.1 tos 0x08 ipproto udp sport 2500 dport 1000
ip route add throw 10.0.0.0/8 metric 10 table 300
ip route get 10.1.2.9 iif veth3
ip rule add to 10.0.0.0/8 ipproto udp blackhole
ip route get 198.51.100.1 ipproto udp sport 2500 dport 2001 fibmatch
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 ipproto 1 sport 2500 dport 80
ip route get 172.16.1.1
ip rule del to 10.1.2.0/24 to 10.0.0.0/8 from 192.0.2.0/24 table main suppress_prefixlength 8
ip route add blackhole 10.1.0.0/16 metric 10 table main
ip rule add pref 100 to 172.16.0.0/12 from 10.0.0.0/8 nop
ip route get 10.1.9.9 from 203.0.113.5 iif veth3
ip route get 198.51.100.1 from 192.0.2.1 oif veth2 tos 0x08 uid 0
ip rule add pref 200 to 172.16.0.0/12 iif veth1 lookup 100
ip route get 192.0.2.77 from 10.1.2.3 ipproto udp sport 1000 dport 2001
ip route get 198.51.100.1 iif veth3 mark 3 tos 0x10
ip rule add sport 2000-3231 fwmark 0x100 tos lowdelay unreachable
ip rule add pref 100 to 10.0.0.0/8 iif veth1 unreachable
ip rule add pref 200 from 192.0.2.0/24 oif veth2 goto 200
ip rule add oif veth2 iif lo nop
ip route get 192.0.2.77 from 198.51.100.9
ip rule add pref 300 oif veth0 sport 0 fwmark 0x100 goto 300
ip rule
ip rule del not sport 1000-2401 sport 1000
ip route show table 200
ip rule add ipproto tcp blackhole
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 200
ip route get 172.16.1.1 from 203.0.113.1 oif veth2
ip route show table all
ip -j rule
ip rule add pref 200 dport 2000 ipproto 1 table 200 suppress_ifgroup 0
ip route get 198.51.100.1 mark 3 ipproto 1 sport 0 dport 2001
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.3 iif veth3
ip rule add iif veth0 goto 100
ip rule add pref 50 from all table 100 suppress_prefixlength 16
ip route get 10.1.9.9
ip -d rule
ip rule add oif veth2 nop
ip route get 192.0.2.77 from 198.51.100.1 uid 0
ip rule
ip route show table all
