# Seeded random policy-routing scenario (seed 112), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 table 100
ip route add unreachable default metric 10 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 200
ip route add unreachable 10.1.2.0/24 metric 10 table 200
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip route add throw default table 300
ip route add 203.0.113.16/28 dev veth2 table 300
ip route add 203.0.113.16/28 dev veth0 table 300
ip route add 10.1.0.0/16 dev veth1 table main
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add blackhole 10.1.0.0/16 table main
ip route get 127.0.0.1 from 203.0.113.1 uid 0
ip route get 198.51.100.1 from 10.1.2.3 mark 7
ip route add 172.16.0.0/12 dev veth0 table main
ip rule del pref 100
ip rule del from all tos lowdelay
ip rule add pref 300 from 192.0.2.0/24 uidrange 0-100 table 200 suppress_ifgroup 5
ip rule add pref 50 sport 0-1256 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip rule add pref 200 not to 172.16.0.0/12 fwmark 0x100 lookup 100
ip route get 172.16.1.1 from 198.51.100.1 iif veth0 tos 0x08
ip route get 192.0.2.77 from 203.0.113.1 mark 0x13 uid 50
ip route get 10.1.2.3 from 203.0.113.1 mark 0x13 ipproto tcp sport 1500 dport 2001
ip route get 10.0.0.1
ip route get 10.1.2.3 from 198.51.100.1 mark 0x100
ip route del 10.1.0.0/16 table 200
ip route get 10.1.2.9 iif veth1 tos 0x08 uid 1500 ipproto udp sport 0 dport 80
ip rule add pref 300 oif veth0 to 10.0.0.0/8 fwmark 0x100 table 100 suppress_prefixlength 0
ip route get 10.1.2.9 uid 0 ipproto 1 sport 1000 dport 1000
ip route get 172.16.1.1
ip -d rule
ip route get 8.8.8.8 oif veth2 mark 7 fibmatch
ip rule show
ip rule show
ip route get 10.1.9.9 from 198.51.100.9 tos 0x08 ipproto udp
ip rule
ip rule show table 100
ip route get 198.51.100.1
ip route get 10.1.2.9 iif veth0 mark 7
ip rule add ipproto udp uidrange 1000-2000 blackhole
ip rule add pref 50 dport 0 to 172.16.0.0/12 nop
ip rule show table 100
ip route get 8.8.8.8 from 203.0.113.5 oif veth0 mark 0x100 ipproto udp
ip -d rule
ip -j rule
ip route get 10.1.2.3 from 198.51.100.9 mark 3 ipproto 1
ip rule add pref 200 uidrange 0-0 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route add throw 10.1.2.0/24 table 100
ip rule add pref 50 fwmark 7 iif veth3 prohibit
ip route get 203.0.113.20 iif veth1 mark 0x13
ip rule
ip rule del pref 300
ip rule add not oif veth0 dport 0 table 200 suppress_ifgroup 5
ip rule add pref 50 uidrange 0-0 oif veth0 dport 1000-2759 unreachable
ip rule del oif veth0 iif lo iif veth0 lookup main
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip route add 0.0.0.0/1 dev veth0 table main
ip rule
ip route get 10.1.2.3 mark 3 ipproto tcp fibmatch
ip rule add pref 32000 not uidrange 1000-2000 sport 1000-2496 lookup 100
ip rule add pref 50 from 198.51.100.1 dport 2000 ipproto udp table main suppress_prefixlength 8
ip route get 10.0.0.1
ip route get 172.16.1.1 tos 0x10
ip rule add pref 100 not uidrange 0-0 prohibit
ip route add blackhole 172.16.0.0/12 metric 10 table 200
ip rule add pref 50 not dport 2000 fwmark 3/3 table 200 suppress_ifgroup 0
ip rule del pref 32000
ip route get 198.51.100.1 mark 3
ip route get 203.0.113.20 from 192.0.2.1 tos 0x10 ipproto tcp sport 1000 dport 1000
ip route get 127.0.0.1 uid 0 ipproto udp sport 2500 dport 1000
ip route show table all
ip rule
ip route show table all
