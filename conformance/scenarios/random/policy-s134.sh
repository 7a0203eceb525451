# Seeded random policy-routing scenario (seed 134), from conformance/generators/policy.ts.
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
ip route add throw 0.0.0.0/1 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 table 100
ip route add unreachable 10.1.2.0/24 table 100
ip route add 10.1.2.3 dev veth1 table 200
ip route add 10.0.0.0/8 dev veth1 metric 10 table 200
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add 10.1.2.0/24 dev veth1 metric 10 table 300
ip route add 10.1.0.0/16 dev veth2 metric 10 table 300
ip route add prohibit 172.16.0.0/12 table 300
ip route add unreachable 10.1.2.3 table main
ip route add prohibit 10.1.2.3 metric 10 table main
ip route add blackhole default table main
ip rule show table 100
ip rule add from 192.0.2.0/24 tos 0x08 table main suppress_prefixlength 0
ip -d rule
ip rule add pref 200 uidrange 0-100 to 172.16.0.0/12 blackhole
ip rule add pref 50 from 10.0.0.0/8 table 200 suppress_ifgroup 0
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 iif veth3 uid 0
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route get 8.8.8.8 from 203.0.113.5 mark 7 tos 0x08
ip route get 10.1.2.9 iif veth0 mark 0x100
ip route get 198.51.100.1 from 198.51.100.1 tos 0x10
ip rule add sport 1000 table 200 suppress_ifgroup 5
ip rule add from all unreachable
ip route get 8.8.8.8 from 192.0.2.1 mark 3 uid 1500 ipproto 1 sport 1500 dport 2001
ip route get 203.0.113.20
ip route get 198.51.100.1 from 10.1.2.3 uid 0
ip rule
ip rule del iif veth3
ip route del 0.0.0.0/1 table main
ip rule add to 172.16.0.0/12 tos lowdelay goto 50
ip route get 203.0.113.20
ip rule add ipproto 1 fwmark 3/3 table 200 suppress_ifgroup 0
ip route add blackhole default metric 10 table 300
ip -j rule
ip rule add oif veth0 unreachable
ip route show table 200
ip route get 8.8.8.8 uid 50
ip rule
ip route add prohibit 172.16.0.0/12 table main
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 fwmark 0x100 from 198.51.100.1 ipproto 1 nop
ip route del 10.1.0.0/16 table 100
ip rule del tos 0x08 oif veth2 prohibit
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add blackhole 10.1.2.3 metric 10 table main
ip rule show
ip rule show table 100
ip route get 172.16.1.1 tos 0x08 uid 1500 ipproto udp sport 0 dport 80
ip route get 10.1.2.3 mark 7 ipproto udp sport 0 dport 1000 fibmatch
ip rule list pref 100
ip rule add oif veth0 table main suppress_prefixlength 8
ip route get 203.0.113.20 ipproto tcp
ip rule add pref 300 from 192.0.2.0/24 oif veth2 dport 1000-2409 table 100
ip rule add pref 32000 iif veth3 sport 1000 ipproto 1 nop
ip -j rule
ip rule show
ip rule add oif veth2 ipproto tcp table 300
ip route show table 200
ip rule
ip route get 192.0.2.77 from 203.0.113.1 iif veth0 mark 0x100
ip route show table all
ip rule add oif veth2 lookup main
ip rule show
ip rule add ipproto udp from all lookup 100
sysctl -w net.ipv4.ip_forward=1
ip link set veth0 down
ip link set veth0 up
ip route add blackhole 10.1.0.0/16 table 300
ip rule add pref 100 iif veth3 nop
ip route add blackhole 10.1.0.0/16 table 200
ip rule
ip route show table all
