# Seeded random policy-routing scenario (seed 178), from conformance/generators/policy.ts.
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
ip route add blackhole 172.16.0.0/12 table 100
ip route add 0.0.0.0/1 dev veth0 table 100
ip route add 172.16.0.0/12 via 192.0.2.3 table 100
ip route add 10.1.2.0/24 dev veth0 metric 10 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 200
ip route add unreachable 10.0.0.0/8 table 300
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 table main
ip route add 0.0.0.0/1 dev veth0 table main
ip route add throw 10.1.2.3 table main
ip rule add pref 300 tos 0x08 nop
ip route get 203.0.113.20
ip route get 172.16.1.1 from 198.51.100.1 iif veth0 uid 0 ipproto 1 fibmatch
ip rule
ip rule show
ip route add blackhole 10.1.2.0/24 table 200
ip route show table all
ip route get 10.1.2.3 from 203.0.113.5
ip rule show
ip rule add pref 32000 from 203.0.113.0/28 ipproto tcp oif veth0 goto 100
ip route get 203.0.113.20 from 198.51.100.9 iif veth3 mark 0x13 uid 0 ipproto udp sport 2500 dport 2001
ip rule add dport 0-121 from 198.51.100.1 blackhole
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip rule del ipproto tcp tos 0x08 from 10.0.0.0/8
ip route get 198.51.100.1 from 203.0.113.5 oif veth2 mark 7 ipproto udp sport 1000 dport 2001
ip rule add pref 50 oif veth0 lookup main
ip rule add pref 300 oif veth0 goto 32000
ip route get 10.0.0.1 from 198.51.100.9 mark 0x100
ip rule add sport 0-1269 goto 50
ip route get 192.0.2.77 from 198.51.100.1
ip route get 172.16.1.1 from 203.0.113.1 iif veth0 ipproto 1 sport 1500 dport 1000
ip route get 10.1.9.9 from 198.51.100.9
ip route get 172.16.1.1 oif veth0
ip rule add pref 50 uidrange 1000-2000 from 203.0.113.0/28 lookup 200
ip rule add pref 50 fwmark 0x10/0xf0 table 100 suppress_prefixlength 8
sysctl -w net.ipv4.ip_forward=1
ip rule add ipproto tcp to 10.0.0.0/8 nop
ip rule show
ip route del 10.1.0.0/16 table 200
ip rule add pref 50 to 10.0.0.0/8 prohibit
ip -d rule
ip rule list pref 100
ip rule add not to 10.0.0.0/8 iif veth1 lookup 200
ip route get 127.0.0.1 mark 0x13
ip -d rule
ip rule del ipproto udp uidrange 1000-2000 nop
ip route get 10.1.9.9 from 10.1.2.3
ip rule show table 100
ip rule del pref 200
ip rule add pref 32000 ipproto tcp sport 2000 iif veth0 table 300
ip rule add oif veth0 fwmark 7 iif veth3 table 100 suppress_prefixlength 0
ip route get 8.8.8.8 from 198.51.100.1 uid 1500 ipproto udp sport 2500 dport 2001
ip rule add not tos 0x08 to 8.8.8.8 to 10.1.2.0/24 prohibit
ip link set veth0 up
ip route get 192.0.2.77 from 10.1.2.3
ip rule add fwmark 0x10/0xf0 dport 0-1216 fwmark 7 blackhole
ip route get 10.1.2.9 oif veth2
ip rule add pref 200 to 10.1.2.0/24 table 300
ip route get 172.16.1.1 from 198.51.100.1 iif veth0
ip rule del iif veth0 fwmark 3/3 unreachable
ip route get 10.0.0.1 from 203.0.113.1 mark 0x100 tos 0x08
ip route get 10.1.9.9 oif veth2 ipproto 1 sport 1500 dport 2001
ip rule add tos lowdelay table 100
ip route get 10.0.0.1 ipproto 1 sport 1500 dport 1000
ip route get 127.0.0.1 from 192.0.2.1 mark 0x13
ip -j rule
ip rule add pref 50 fwmark 7 oif veth0 unreachable
ip route get 198.51.100.1 mark 3
ip rule del not dport 2000 dport 1000
ip route get 192.0.2.77 mark 0x100 uid 0
ip rule
ip route show table all
