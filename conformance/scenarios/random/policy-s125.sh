# Seeded random policy-routing scenario (seed 125), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add blackhole 10.1.0.0/16 table 100
ip route add 203.0.113.16/28 via 203.0.113.2 table 100
ip route add prohibit 10.1.2.0/24 metric 10 table 200
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip route add default dev veth1 table 200
ip route add throw 10.1.0.0/16 metric 10 table 300
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add throw default table 300
ip route add prohibit 10.1.2.3 metric 10 table main
ip route add 203.0.113.16/28 dev veth0 table main
ip route add unreachable 10.1.2.3 table main
ip rule show
ip rule show table 100
ip rule add to 10.0.0.0/8 sport 1000-2487 prohibit
ip rule add tos lowdelay oif veth2 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 from 192.0.2.1 oif veth0 fibmatch
ip rule add pref 300 fwmark 7 uidrange 0-0 nop
ip route get 198.51.100.1 oif veth0
ip route add blackhole 0.0.0.0/1 table 200
ip route del 203.0.113.16/28 table main
ip rule
ip rule add pref 100 uidrange 1000-2000 to 172.16.0.0/12 from 192.0.2.0/24 goto 300
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip route del 10.1.0.0/16 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 200
ip -j rule
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 32000 dport 2000 to 8.8.8.8 goto 50
ip rule add pref 300 sport 1000-2173 dport 0 table 200 suppress_ifgroup 5
ip route get 10.1.2.3 from 198.51.100.1
ip rule add pref 300 dport 1000 to 10.1.2.0/24 dport 2000 table 100 suppress_prefixlength 8
ip rule add pref 32000 oif veth2 ipproto 1 lookup 200
ip route add 10.1.2.3 via 192.0.2.2 table 200
ip route get 10.1.2.3 iif veth1
sysctl -w net.ipv4.ip_forward=0
ip rule
ip route get 172.16.1.1 mark 7
ip route get 198.51.100.1 from 198.51.100.1
ip route get 10.1.2.9 oif veth2 ipproto 1
ip rule add pref 50 tos lowdelay goto 32000
ip route get 10.1.9.9 iif veth3
ip route del 0.0.0.0/1 table 200
ip rule del not uidrange 0-100 fwmark 0x10/0xf0 goto 32000
ip rule add pref 300 from 198.51.100.1 table 100 suppress_prefixlength 16
ip rule show table 100
ip rule add pref 300 sport 2000 unreachable
ip route get 203.0.113.20 ipproto tcp sport 0 dport 80
ip route del 0.0.0.0/1 table 300
ip -d rule
ip rule add not dport 2000-3132 prohibit
ip rule del pref 100
ip route add 172.16.0.0/12 dev veth1 table 100
ip rule add pref 32000 tos lowdelay dport 2000 table 300
ip -d rule
ip rule show
ip rule add not uidrange 0-100 prohibit
ip rule del tos lowdelay unreachable
ip -d rule
ip route add 10.0.0.0/8 dev veth2 metric 10 table 100
ip rule add pref 50 fwmark 0x10/0xf0 lookup 100
ip route show table all
ip rule add from all to 8.8.8.8 blackhole
ip route get 10.1.2.9 ipproto udp sport 1500 dport 1000
ip rule del uidrange 0-0 nop
ip rule add pref 300 oif veth0 iif veth0 blackhole
ip route get 10.0.0.1 iif veth1 mark 0x100
ip route get 10.1.9.9 from 198.51.100.9 mark 3 tos 0x08
ip rule show
ip rule del iif lo table 200 suppress_ifgroup 5
ip route get 127.0.0.1 tos 0x10 uid 50
ip route get 10.1.2.3 from 10.1.2.3 ipproto tcp sport 2500 dport 2001
ip rule
ip route show table all
