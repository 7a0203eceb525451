# Seeded random policy-routing scenario (seed 88), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 100
ip route add throw 10.1.2.3 table 200
ip route add 0.0.0.0/1 dev veth2 metric 10 table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add default dev veth1 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table 300
ip route add default via 192.0.2.3 table 300
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip route add prohibit default table main
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table main
ip rule del fwmark 7 ipproto tcp
ip route del 172.16.0.0/12 table 300
ip rule add pref 200 not to 10.1.2.0/24 ipproto 1 prohibit
ip route show table all
ip route add blackhole 203.0.113.16/28 table 300
ip rule show
ip rule show table 100
ip route get 10.1.9.9 from 192.0.2.1 oif veth2
ip route get 203.0.113.20 mark 7
ip link set veth0 up
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route get 203.0.113.20
ip route add 0.0.0.0/1 dev veth2 table 200
ip rule
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 200
ip route get 192.0.2.77 from 192.0.2.1
ip route get 10.1.2.9 from 203.0.113.5 tos 0x08 uid 50 ipproto 1 sport 2500 dport 1000
ip rule del pref 32000
ip route get 172.16.1.1 from 203.0.113.1 oif veth2 tos 0x08
sysctl -w net.ipv4.conf.all.rp_filter=0
ip rule add pref 300 not tos 0x10 goto 300
ip rule add not oif veth2 table 200
ip -j rule
ip rule add pref 32000 iif veth3 iif veth3 iif veth0 table 100
ip rule add fwmark 0x10/0xf0 table 300
ip -j rule
ip route add prohibit 10.1.0.0/16 metric 10 table 300
ip rule add iif lo table 200
ip route get 10.1.2.3 oif veth2 ipproto udp sport 1500 dport 2001
ip route del 203.0.113.16/28 table 200
ip rule add pref 300 ipproto tcp blackhole
ip route add blackhole 0.0.0.0/1 table main
ip rule add pref 50 iif veth1 nop
ip route get 172.16.1.1 mark 3
ip rule del ipproto tcp lookup 100
ip rule add pref 32000 not uidrange 1000-2000 blackhole
ip route get 10.1.2.9 from 10.1.2.3 tos 0x10
ip -d rule
ip route show table all
ip route get 127.0.0.1 from 198.51.100.1 uid 0 ipproto udp sport 1500 dport 2001
ip route get 172.16.1.1 iif veth3
ip route get 192.0.2.77 mark 0x13 ipproto udp sport 1000 dport 80
ip route add throw default metric 10 table main
ip rule show
ip route get 10.1.2.3 tos 0x10 ipproto udp sport 1500 dport 80 fibmatch
ip route get 127.0.0.1 tos 0x08
ip rule add pref 32000 fwmark 7 prohibit
ip route get 10.0.0.1 uid 1500 fibmatch
ip -d rule
ip route get 10.0.0.1 from 203.0.113.1 mark 0x13
ip route get 10.1.9.9 iif veth0
ip route del 10.1.2.3 table 100
ip rule del from 10.0.0.0/8 oif veth0
ip route del 10.0.0.0/8 table 300
ip rule del pref 50
ip route get 8.8.8.8
ip route add default via 192.0.2.2 table 200
ip rule add pref 300 from 10.0.0.0/8 unreachable
ip route get 10.0.0.1
ip -d rule
ip rule
ip route show table all
