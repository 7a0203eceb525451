# Seeded random policy-routing scenario (seed 25), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add blackhole default table 100
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip route add unreachable 0.0.0.0/1 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add 10.1.0.0/16 dev veth0 metric 10 table 200
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add unreachable 10.0.0.0/8 metric 10 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add prohibit 10.1.2.0/24 table main
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip route add 10.1.0.0/16 dev veth0 table main
ip route get 10.1.2.9 from 203.0.113.1 mark 0x13 uid 1500 ipproto tcp sport 0 dport 80
ip rule add pref 300 ipproto 1 lookup 200
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip route del 10.1.0.0/16 table 100
ip rule del pref 200
ip route get 203.0.113.20 from 192.0.2.1
ip route get 198.51.100.1
ip rule del tos 0x10
ip -j rule
ip rule add not uidrange 1000-2000 dport 2000-3854 table main suppress_prefixlength 16
ip rule add pref 300 not iif veth0 oif veth0 lookup 200
ip route get 127.0.0.1 mark 7 ipproto 1 sport 1000 dport 2001
ip route get 127.0.0.1 mark 7 ipproto udp sport 1500 dport 2001
ip rule del pref 32000
ip route get 10.1.2.3 from 198.51.100.9 tos 0x08 ipproto 1
ip rule add ipproto udp tos 0x08 lookup 200
sysctl -w net.ipv4.ip_forward=0
ip -j rule
ip route get 127.0.0.1 oif veth0
ip route get 192.0.2.77
ip rule add uidrange 0-0 prohibit
ip route del 172.16.0.0/12 table 200
ip rule del ipproto tcp uidrange 0-0
ip -j rule
ip rule add pref 32000 not to 10.1.2.0/24 oif veth0 fwmark 3/3 prohibit
ip route add prohibit default metric 10 table 100
ip route get 172.16.1.1 ipproto tcp
ip route del 0.0.0.0/1 table 200
ip rule list pref 100
ip route add unreachable default table main
ip route get 203.0.113.20 from 203.0.113.1 oif veth2 uid 1500
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip route get 127.0.0.1 iif veth3 mark 7
ip route get 127.0.0.1 from 198.51.100.9
ip route get 127.0.0.1 mark 7 tos 0x08
sysctl -w net.ipv4.ip_forward=1
ip rule del oif veth2 uidrange 1000-2000 goto 50
ip rule add from 203.0.113.0/28 tos lowdelay table 200 suppress_ifgroup 5
ip rule add fwmark 7 table 200 suppress_ifgroup 5
ip route get 10.1.2.9 from 198.51.100.1 mark 0x100
ip rule add tos 0x10 dport 2000-3507 uidrange 0-100 lookup 200
ip -d rule
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 100 dport 0 unreachable
ip rule add tos 0x10 table main suppress_prefixlength 16
ip link set veth2 down
ip route get 192.0.2.77
ip rule add from 198.51.100.1 dport 2000 oif veth2 lookup main
ip rule add fwmark 7 table 100 suppress_prefixlength 8
ip rule show table 100
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 300
ip rule add fwmark 7 table 300
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip rule del iif veth3 sport 2000-2726 to 10.1.2.0/24 blackhole
ip route get 10.1.9.9 from 203.0.113.5
ip route get 10.0.0.1 from 203.0.113.1 iif veth3
ip route get 10.1.9.9 mark 0x100 fibmatch
ip rule
ip route show table all
