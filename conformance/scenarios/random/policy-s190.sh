# Seeded random policy-routing scenario (seed 190), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip route add prohibit 10.1.2.3 table 100
ip route add blackhole 10.1.0.0/16 metric 10 table 200
ip route add unreachable 172.16.0.0/12 metric 10 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip route add unreachable 203.0.113.16/28 table main
ip route add 10.0.0.0/8 dev veth0 metric 10 table main
ip route add 10.0.0.0/8 dev veth0 metric 10 table main
ip route get 172.16.1.1 from 10.1.2.3 oif veth0 mark 3
ip route get 8.8.8.8 from 198.51.100.9 mark 0x13 ipproto udp sport 1000 dport 2001
ip rule del pref 50
ip rule add pref 100 iif lo to 172.16.0.0/12 iif lo unreachable
ip route get 8.8.8.8 iif veth3 mark 0x100 tos 0x08 fibmatch
ip route get 10.1.2.3 mark 3 uid 1500 ipproto 1
ip -d rule
ip rule
ip route get 10.1.9.9 iif veth0
ip route del default table main
ip rule add pref 50 uidrange 1000-2000 iif veth3 blackhole
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 300
ip rule add pref 50 from all fwmark 3/3 unreachable
ip rule del from 203.0.113.0/28 unreachable
ip rule add uidrange 0-0 tos 0x10 from 10.0.0.0/8 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 from 198.51.100.1 oif veth0 mark 7 ipproto 1 sport 1500 dport 1000
ip rule add pref 32000 ipproto tcp blackhole
ip rule add pref 32000 oif veth2 lookup 200
ip rule add pref 300 uidrange 0-100 oif veth2 unreachable
ip rule add pref 50 ipproto udp goto 100
ip route get 198.51.100.1 tos 0x08 ipproto 1
ip rule list pref 100
ip route get 10.0.0.1 from 203.0.113.1
ip route get 198.51.100.1 from 203.0.113.1 iif veth0 ipproto udp
ip rule list pref 100
ip route get 172.16.1.1 from 198.51.100.1 uid 1500 ipproto tcp
ip route get 10.0.0.1 from 198.51.100.1 iif veth0
ip rule add pref 32000 fwmark 0x10/0xf0 uidrange 1000-2000 table 200 suppress_ifgroup 0
ip rule del uidrange 0-100 fwmark 0x10/0xf0 table main suppress_prefixlength 0
ip route get 203.0.113.20 from 198.51.100.1 mark 0x100
ip rule add pref 50 ipproto udp unreachable
ip rule add pref 300 to 10.0.0.0/8 iif lo goto 32000
ip rule add pref 50 not oif veth0 tos 0x10 table main suppress_prefixlength 16
ip route add unreachable default table 300
ip -d rule
ip route get 172.16.1.1 from 198.51.100.1 iif veth3 tos 0x10
ip route get 8.8.8.8 oif veth2 tos 0x08 ipproto tcp
ip rule del pref 100
ip rule add pref 200 to 8.8.8.8 from 192.0.2.0/24 tos lowdelay table 200 suppress_ifgroup 0
ip rule
ip route get 172.16.1.1 from 203.0.113.5
ip route get 10.1.2.9 from 192.0.2.1 iif veth1
ip rule show table 100
ip route get 127.0.0.1
ip rule show
ip -d rule
ip -d rule
ip route add prohibit 10.1.2.3 table 300
ip -d rule
ip rule
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add 172.16.0.0/12 dev veth0 metric 10 table 300
ip route get 8.8.8.8 from 203.0.113.5 mark 3 tos 0x08 ipproto tcp sport 0 dport 2001
ip rule del pref 50
ip route get 198.51.100.1 from 192.0.2.1 oif veth0 mark 0x100 uid 1500
ip rule add pref 100 iif veth0 goto 50
ip rule add tos 0x08 tos 0x08 table 200 suppress_ifgroup 5
ip route add 10.1.0.0/16 via 198.51.100.2 table 100
ip rule
ip route show table all
