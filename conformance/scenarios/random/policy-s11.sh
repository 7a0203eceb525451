# Seeded random policy-routing scenario (seed 11), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add 10.1.0.0/16 dev veth0 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 10.1.0.0/16 dev veth0 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add 10.1.2.3 dev veth1 table 300
ip route add prohibit 10.1.2.3 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route add 10.0.0.0/8 dev veth1 metric 10 table main
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip route add throw 0.0.0.0/1 metric 10 table main
ip route get 172.16.1.1 from 10.1.2.3 tos 0x10
ip route add 10.1.2.0/24 dev veth1 metric 10 table 300
ip route get 203.0.113.20 from 198.51.100.1 oif veth0 tos 0x10
ip rule add not iif veth0 sport 2000-2942 table 300
ip rule add pref 200 oif veth2 sport 1000 prohibit
ip route get 172.16.1.1 from 192.0.2.1 ipproto udp sport 2500 dport 1000
ip rule show
ip rule add pref 300 uidrange 1000-2000 ipproto 1 table 100
ip route get 192.0.2.77 from 203.0.113.5 uid 50 ipproto udp sport 2500 dport 80
ip rule del pref 100
ip rule show
ip route get 10.1.2.9
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule add pref 100 not ipproto udp fwmark 0x100 sport 1000-1494 blackhole
ip route get 172.16.1.1 tos 0x08
ip rule show
ip route del 0.0.0.0/1 table 200
ip rule show table 100
ip route get 8.8.8.8 oif veth0 uid 1500 ipproto tcp
ip route get 8.8.8.8 from 198.51.100.9 mark 3 ipproto udp sport 0 dport 2001
ip -j rule
ip route add throw 203.0.113.16/28 table main
ip rule add pref 100 sport 1000-1292 uidrange 0-0 prohibit
ip rule add to 8.8.8.8 iif veth0 unreachable
ip route get 10.0.0.1 from 198.51.100.9 iif veth0 uid 0
ip -d rule
ip route add blackhole 10.1.2.3 table 300
ip rule add ipproto udp fwmark 7 table 200
ip rule add pref 100 sport 0 nop
ip rule add pref 200 fwmark 7 sport 2000-3977 table 200 suppress_ifgroup 0
ip rule add pref 50 oif veth0 tos 0x10 unreachable
ip route del 10.1.2.3 table 100
ip rule show
ip rule show table 100
ip rule show
ip rule add pref 300 ipproto tcp fwmark 7 blackhole
ip route add throw default metric 10 table main
ip rule add to 10.0.0.0/8 oif veth2 oif veth0 prohibit
ip rule add pref 200 not from 198.51.100.1 uidrange 0-0 table 200
ip route get 10.1.2.9 from 203.0.113.5
ip rule add uidrange 0-100 to 8.8.8.8 table 100 suppress_prefixlength 16
ip route add unreachable 10.0.0.0/8 metric 10 table main
ip rule show table 100
ip route get 8.8.8.8
ip rule add pref 300 uidrange 0-0 iif veth0 tos 0x10 blackhole
ip route get 10.1.9.9
ip route get 8.8.8.8 from 203.0.113.5 mark 0x13
ip route get 203.0.113.20 tos 0x08
ip route get 10.0.0.1 oif veth0 ipproto udp sport 1500 dport 1000
ip route get 10.1.2.3 tos 0x08
ip rule add uidrange 0-100 tos 0x08 blackhole
ip route add 0.0.0.0/1 dev veth0 metric 10 table 300
ip route get 192.0.2.77 from 198.51.100.1
ip rule add pref 50 oif veth0 ipproto udp fwmark 0x100 goto 100
ip route get 203.0.113.20 tos 0x08 uid 0
ip route add prohibit 0.0.0.0/1 table 100
ip rule add pref 32000 dport 0 from all sport 0-1514 table 100 suppress_prefixlength 16
ip rule add dport 1000-1311 iif veth3 to 8.8.8.8 prohibit
ip rule show table 100
ip rule add pref 50 to 8.8.8.8 prohibit
ip rule
ip route show table all
