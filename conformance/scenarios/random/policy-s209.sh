# Seeded random policy-routing scenario (seed 209), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 100
ip route add 10.1.0.0/16 dev veth2 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add 10.0.0.0/8 dev veth1 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add 10.1.2.3 dev veth1 table 300
ip route add prohibit 10.1.2.0/24 metric 10 table 300
ip route add blackhole 10.1.0.0/16 metric 10 table main
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip route add throw 172.16.0.0/12 metric 10 table main
ip route get 10.1.2.9 from 10.1.2.3 iif veth1 mark 7
ip -d rule
ip route del 10.1.2.3 table 100
ip rule show table 100
ip -j rule
ip route show table all
ip rule add pref 100 tos 0x08 oif veth0 nop
ip rule add pref 100 fwmark 0x10/0xf0 unreachable
ip rule show table 100
ip route get 127.0.0.1
ip route get 127.0.0.1 from 192.0.2.1 iif veth0
ip rule del oif veth2 to 10.0.0.0/8 prohibit
ip rule add not dport 2000-2714 blackhole
sysctl -w net.ipv4.ip_forward=0
ip link set veth2 up
ip rule add pref 32000 tos lowdelay fwmark 0x10/0xf0 blackhole
ip rule add from 10.0.0.0/8 blackhole
ip route add default via 192.0.2.2 table 200
ip route get 10.0.0.1 from 192.0.2.1 uid 0 ipproto udp sport 1000 dport 1000
ip route get 10.1.9.9 from 203.0.113.1 mark 0x100 ipproto 1 sport 1500 dport 2001
ip route del 10.1.2.0/24 table 200
ip -d rule
ip rule add uidrange 1000-2000 iif veth0 prohibit
ip rule add not dport 2000 from 198.51.100.1 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip rule add oif veth0 unreachable
ip route get 10.1.9.9 mark 3
ip rule del uidrange 0-100 table 200
ip -j rule
ip route add 10.1.2.0/24 dev veth0 table main
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 200
ip rule
ip rule add from 192.0.2.0/24 iif veth3 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 oif veth0 ipproto tcp sport 1500 dport 1000
ip rule add from 10.0.0.0/8 tos lowdelay from 203.0.113.0/28 goto 32000
ip route get 172.16.1.1 ipproto 1 sport 1000 dport 80
ip route add blackhole 10.1.2.0/24 table 200
ip route get 10.1.2.9
ip rule show table 100
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule add iif veth3 prohibit
ip route get 127.0.0.1 from 198.51.100.9 iif veth1 ipproto tcp sport 1000 dport 2001
ip rule show table 100
ip route add blackhole default metric 10 table 200
ip rule add pref 300 not uidrange 0-0 unreachable
ip route get 192.0.2.77 uid 50 fibmatch
ip rule add to 8.8.8.8 uidrange 0-0 table 100 suppress_prefixlength 0
ip route show table all
ip route get 10.1.2.3 tos 0x10
ip rule add pref 32000 not fwmark 0x10/0xf0 dport 1000-2331 iif veth1 table 200
ip route get 8.8.8.8
ip route show table all
ip route get 172.16.1.1 from 198.51.100.9
ip link set veth2 up
ip rule del tos lowdelay prohibit
ip rule add iif lo table 300
ip rule add to 10.0.0.0/8 fwmark 0x100 tos 0x08 goto 100
ip route get 10.1.2.3 fibmatch
ip route get 8.8.8.8
ip route get 10.0.0.1
ip rule
ip route show table all
