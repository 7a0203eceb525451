# Seeded random policy-routing scenario (seed 4), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 100
ip route add throw 172.16.0.0/12 table 100
ip route add 172.16.0.0/12 dev veth2 metric 10 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 200
ip route add default via 192.0.2.2 table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add 10.0.0.0/8 dev veth2 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add throw 10.1.0.0/16 table main
ip route get 10.1.2.3 mark 7
ip rule add pref 32000 ipproto tcp oif veth2 nop
ip route add 0.0.0.0/1 dev veth2 metric 10 table 200
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 table 300
ip rule add not fwmark 0x10/0xf0 ipproto udp iif lo prohibit
ip rule add pref 100 dport 2000-3759 uidrange 1000-2000 nop
ip rule
ip rule
ip route get 172.16.1.1 iif veth1
ip rule add pref 32000 not uidrange 0-0 ipproto udp table 100 suppress_prefixlength 8
ip -j rule
ip rule add pref 100 uidrange 1000-2000 to 8.8.8.8 table 200 suppress_ifgroup 0
ip rule
ip route add blackhole default table 300
ip route get 203.0.113.20 ipproto udp sport 1000 dport 2001
ip route show table all
ip route get 172.16.1.1 from 198.51.100.1 uid 1500 ipproto 1 sport 1000 dport 1000
ip route show table 200
ip rule add pref 100 from 203.0.113.0/28 oif veth2 blackhole
ip route add throw 203.0.113.16/28 table 100
ip route add unreachable 10.0.0.0/8 table main
ip rule del ipproto udp
ip rule add to 10.0.0.0/8 unreachable
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add iif veth1 from 203.0.113.0/28 blackhole
ip route get 203.0.113.20 from 198.51.100.9
ip route show table all
ip route get 10.1.2.9 mark 0x100
ip rule add oif veth0 from 192.0.2.0/24 unreachable
ip rule add pref 50 fwmark 0x10/0xf0 iif veth0 nop
ip route get 192.0.2.77 iif veth0 mark 0x100 uid 50
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip rule list pref 100
ip rule add tos 0x10 uidrange 1000-2000 goto 50
ip rule add not sport 0-1544 tos lowdelay sport 2000 table 100 suppress_prefixlength 0
ip route get 198.51.100.1 iif veth1
ip route get 10.1.2.9 mark 3
ip route get 10.1.9.9 iif veth0 tos 0x08
ip rule add pref 50 not ipproto udp from 192.0.2.0/24 lookup 200
ip route get 8.8.8.8 mark 3
sysctl -w net.ipv4.ip_forward=0
ip route add prohibit 203.0.113.16/28 table 100
ip route show table 200
ip rule add pref 50 to 10.0.0.0/8 nop
sysctl -w net.ipv4.conf.veth3.rp_filter=0
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9
ip -d rule
ip route get 10.1.2.9 mark 7
ip route get 8.8.8.8 from 192.0.2.1 oif veth0 ipproto udp sport 1500 dport 80
ip route show table all
ip route get 198.51.100.1 from 10.1.2.3 oif veth0 ipproto 1 sport 1500 dport 2001
ip rule del tos 0x08 ipproto tcp nop
ip route get 203.0.113.20
ip rule add pref 200 uidrange 0-100 table 200 suppress_ifgroup 5
ip -j rule
ip route add unreachable 10.1.2.3 table 100
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 tos 0x08
ip route get 10.1.2.9
ip rule
ip route show table all
