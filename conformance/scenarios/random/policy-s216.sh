# Seeded random policy-routing scenario (seed 216), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth1 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 100
ip route add unreachable 10.1.0.0/16 table 100
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 200
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route add prohibit default metric 10 table 300
ip route add default via 192.0.2.2 metric 10 table 300
ip route add throw 10.1.2.3 metric 10 table 300
ip route add 10.1.2.3 dev veth1 table main
ip route add unreachable 203.0.113.16/28 table main
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add blackhole 10.0.0.0/8 table 100
ip rule del pref 300
ip rule add fwmark 3/3 sport 0-1116 table 300
ip route get 10.1.2.3 ipproto udp sport 1500 dport 1000
ip route get 10.1.9.9 mark 7 tos 0x10
ip rule add oif veth0 unreachable
ip rule show table 100
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.3 from 198.51.100.1 ipproto 1 sport 0 dport 1000
ip -d rule
ip route get 192.0.2.77 iif veth0 tos 0x08 ipproto tcp sport 0 dport 2001
ip route add prohibit 10.1.2.0/24 table 200
ip route show table all
ip rule add not sport 1000 nop
ip rule show
ip route show table all
ip route get 172.16.1.1 uid 1500
ip route get 203.0.113.20 from 198.51.100.1 uid 50 ipproto udp sport 1000 dport 1000
ip route get 10.1.2.9 mark 0x100 ipproto 1
ip route get 172.16.1.1 from 198.51.100.9 mark 0x100
ip route get 192.0.2.77
ip route show table all
ip rule list pref 100
ip rule add not oif veth0 oif veth0 oif veth0 goto 300
ip route show table 200
ip route add default dev veth0 metric 10 table 200
ip route get 10.1.2.9 tos 0x10
ip rule add pref 300 from all fwmark 7 sport 2000 unreachable
ip route get 198.51.100.1 from 198.51.100.1
ip rule add oif veth2 to 10.1.2.0/24 to 8.8.8.8 table 200 suppress_ifgroup 0
ip rule del oif veth0 oif veth2
ip rule add fwmark 0x10/0xf0 goto 300
ip rule add pref 300 to 10.0.0.0/8 oif veth2 prohibit
ip route get 172.16.1.1 iif veth0 mark 7 tos 0x10
ip route get 10.0.0.1 from 198.51.100.1
ip rule add pref 50 to 172.16.0.0/12 goto 100
ip rule add pref 300 oif veth0 goto 32000
ip -d rule
ip rule add oif veth2 unreachable
ip route add blackhole 10.1.2.0/24 table 200
ip route get 203.0.113.20 mark 0x13 ipproto udp sport 2500 dport 1000
ip rule add uidrange 0-0 blackhole
ip route show table 200
ip -j rule
ip route get 10.0.0.1 from 192.0.2.1 mark 0x13 uid 0
ip rule add dport 0-737 from 192.0.2.0/24 dport 1000 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 10.1.2.3 iif veth0 mark 0x13
ip link set veth0 down
ip route get 192.0.2.77
ip rule add fwmark 3/3 goto 200
ip rule add tos 0x10 to 172.16.0.0/12 from all lookup 100
ip route get 10.1.2.9 mark 7
ip route del 0.0.0.0/1 table main
ip rule add pref 32000 iif lo prohibit
ip rule add pref 100 iif lo sport 0 goto 100
ip rule del dport 0 ipproto 1 sport 0 table 200
ip rule del pref 100
ip rule del pref 32000
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip route get 10.1.9.9 from 198.51.100.1 mark 7
ip rule
ip route show table all
