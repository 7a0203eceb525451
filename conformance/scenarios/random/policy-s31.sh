# Seeded random policy-routing scenario (seed 31), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.0.0/16 table 100
ip route add throw 10.0.0.0/8 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 200
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 300
ip route add default dev veth2 table 300
ip route add default via 192.0.2.3 table 300
ip route add unreachable 10.1.2.3 table main
ip route add blackhole 10.1.0.0/16 table main
ip route add 10.0.0.0/8 dev veth0 table main
ip rule add pref 200 not ipproto tcp to 10.0.0.0/8 fwmark 3/3 prohibit
ip rule show
ip rule
ip rule add pref 300 sport 2000-3524 goto 300
ip route get 198.51.100.1 mark 3 ipproto 1
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip -j rule
ip rule add dport 2000-2785 blackhole
ip rule show
ip route get 203.0.113.20 from 203.0.113.5 tos 0x08
ip route add throw 172.16.0.0/12 table main
ip rule add to 8.8.8.8 uidrange 0-100 uidrange 0-0 blackhole
ip route get 192.0.2.77 oif veth0 ipproto udp sport 0 dport 2001
ip rule add pref 50 from 10.0.0.0/8 table 100 suppress_prefixlength 0
ip rule add pref 100 ipproto udp goto 50
ip rule show
ip route get 10.1.2.3
ip rule show table 100
sysctl -w net.ipv4.ip_forward=0
ip route get 8.8.8.8 mark 0x13 uid 50 ipproto 1
ip route get 10.1.2.9 from 192.0.2.1 iif veth3 ipproto tcp
ip rule add pref 200 from 192.0.2.0/24 sport 1000 ipproto 1 table 100
ip rule add pref 100 oif veth0 tos lowdelay ipproto 1 table 200
ip -d rule
ip rule del pref 300
ip route get 203.0.113.20 iif veth3 mark 7 ipproto 1
ip rule add not ipproto tcp fwmark 0x100 table 200
ip route add blackhole 10.0.0.0/8 table 100
ip rule add fwmark 0x100 table 100 suppress_prefixlength 16
ip rule show table 100
sysctl -w net.ipv4.ip_forward=1
ip route get 127.0.0.1 iif veth3 uid 50
ip route del 10.0.0.0/8 table main
ip rule add dport 1000-1798 blackhole
ip rule add pref 32000 fwmark 0x100 dport 2000-2646 dport 2000 table 200 suppress_ifgroup 5
ip route del 0.0.0.0/1 table 300
ip route get 172.16.1.1 fibmatch
ip rule add pref 300 oif veth2 oif veth2 oif veth2 table 200 suppress_ifgroup 0
ip rule del pref 300
ip rule
ip rule add pref 200 sport 0 oif veth0 table 100
ip route get 10.0.0.1 iif veth0 mark 7 ipproto tcp
ip rule add pref 300 uidrange 0-0 tos 0x10 oif veth2 unreachable
ip rule add pref 50 not dport 2000 dport 1000-2688 from 203.0.113.0/28 goto 50
ip route del 203.0.113.16/28 table main
ip route get 192.0.2.77
ip rule show table 100
sysctl -w net.ipv4.conf.all.rp_filter=0
ip rule add sport 0 table 200 suppress_ifgroup 5
ip rule add pref 50 not fwmark 7 uidrange 0-100 table 100 suppress_prefixlength 8
ip -d rule
ip route get 10.1.9.9 from 198.51.100.1 mark 3
ip rule add pref 100 oif veth0 uidrange 1000-2000 table 200 suppress_ifgroup 0
ip route del 203.0.113.16/28 table main
ip route del 10.1.2.3 table main
ip rule add pref 50 tos lowdelay oif veth2 unreachable
ip route add 10.0.0.0/8 dev veth0 metric 10 table 100
ip rule add ipproto tcp fwmark 3/3 tos lowdelay blackhole
ip route get 192.0.2.77 from 10.1.2.3 iif veth1 mark 7
ip route get 198.51.100.1 from 198.51.100.1 mark 7
ip rule
ip route show table all
