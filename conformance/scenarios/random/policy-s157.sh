# Seeded random policy-routing scenario (seed 157), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route add prohibit 10.1.2.0/24 table 200
ip route add throw 10.1.0.0/16 metric 10 table 200
ip route add 0.0.0.0/1 dev veth0 table 300
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add prohibit 10.1.2.0/24 table 300
ip route add 203.0.113.16/28 dev veth1 table main
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add throw 10.1.2.3 table main
ip route get 10.1.9.9 from 198.51.100.1
ip route del 10.0.0.0/8 table 200
ip rule list pref 100
ip link set veth2 down
ip route get 198.51.100.1 ipproto tcp sport 0 dport 1000
ip route get 127.0.0.1 from 203.0.113.1
ip route show table 200
ip -j rule
ip rule del pref 200
ip route get 172.16.1.1 from 203.0.113.5 iif veth0
ip rule add pref 200 uidrange 0-100 lookup main
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 100
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 ipproto udp sport 2500 dport 2001
ip rule add uidrange 1000-2000 ipproto 1 prohibit
ip route get 10.0.0.1 mark 0x100 tos 0x08
ip route show table 200
ip route get 10.1.2.9 ipproto tcp
sysctl -w net.ipv4.conf.all.rp_filter=1
ip rule show table 100
ip route get 10.0.0.1 oif veth2 fibmatch
ip route get 172.16.1.1
ip route get 192.0.2.77 from 198.51.100.9
ip rule add ipproto udp iif veth3 lookup 200
ip -d rule
ip rule add fwmark 7 tos 0x08 goto 32000
ip route add throw 10.1.0.0/16 table 300
ip rule add ipproto 1 uidrange 0-100 nop
ip route get 198.51.100.1 ipproto 1 sport 1500 dport 80
ip route get 10.1.2.9 uid 1500 ipproto tcp sport 1000 dport 2001
ip route get 10.1.2.3 from 203.0.113.1
ip route add default via 192.0.2.2 table main
ip rule add pref 50 from all to 10.0.0.0/8 tos 0x08 table 300
ip rule add pref 32000 iif veth0 goto 200
ip route get 8.8.8.8 ipproto udp
ip -j rule
ip rule add pref 32000 to 10.1.2.0/24 table 300
ip route get 10.1.2.9 from 10.1.2.3 oif veth0
ip rule add not tos lowdelay sport 1000-2088 prohibit
ip rule add pref 300 uidrange 0-100 lookup 100
ip route show table 200
ip rule add from 10.0.0.0/8 uidrange 1000-2000 nop
ip -j rule
ip rule del from 198.51.100.1
ip rule add pref 200 from 198.51.100.1 ipproto tcp from all table 100 suppress_prefixlength 0
ip route get 198.51.100.1 mark 3
ip rule show
ip rule add tos 0x10 dport 1000-1804 nop
ip route get 10.0.0.1 from 203.0.113.1 oif veth2 ipproto 1 fibmatch
ip route show table 200
ip route get 10.1.2.9
ip rule list pref 100
ip rule del pref 200
ip rule add ipproto 1 tos lowdelay goto 32000
ip route get 172.16.1.1 mark 0x13 uid 0
ip rule add from 10.0.0.0/8 dport 2000 table 100
ip rule add from all tos 0x10 sport 2000-2217 table 200
ip route get 8.8.8.8
ip route get 198.51.100.1 from 198.51.100.9 mark 0x13
ip rule show table 100
ip rule add pref 300 iif veth3 dport 1000 oif veth0 blackhole
ip rule
ip route show table all
