# Seeded random policy-routing scenario (seed 64), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add default dev veth1 metric 10 table 100
ip route add blackhole 10.1.2.3 table 100
ip route add default via 192.0.2.3 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip route add default dev veth1 metric 10 table 300
ip route add prohibit 10.1.2.0/24 metric 10 table 300
ip route add throw 10.1.0.0/16 metric 10 table main
ip route add 172.16.0.0/12 dev veth0 table main
ip route add default dev veth2 table main
ip route get 10.0.0.1 from 192.0.2.1 mark 3
ip rule add dport 2000 table main suppress_prefixlength 16
ip -j rule
ip route get 198.51.100.1 mark 3 uid 0
ip route get 8.8.8.8 from 192.0.2.1 iif veth1 tos 0x08 fibmatch
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip -d rule
ip route get 203.0.113.20 from 203.0.113.1
ip route get 198.51.100.1
ip rule add pref 300 from 192.0.2.0/24 table 200 suppress_ifgroup 0
ip route del 10.1.2.3 table 300
ip route get 198.51.100.1 from 198.51.100.1 iif veth3
ip rule del fwmark 0x100 tos 0x10 uidrange 1000-2000 prohibit
ip rule add pref 32000 from 203.0.113.0/28 to 172.16.0.0/12 unreachable
ip route get 10.1.2.3 from 198.51.100.1 iif veth3 mark 0x13
sysctl -w net.ipv4.ip_forward=0
ip rule add to 10.0.0.0/8 iif veth0 goto 100
ip rule add pref 50 not dport 2000 table 200 suppress_ifgroup 5
ip route show table 200
ip rule add from all ipproto 1 from 192.0.2.0/24 table 100
ip route show table 200
ip rule add dport 2000 table main suppress_prefixlength 16
ip route get 172.16.1.1
ip rule del fwmark 7 oif veth2 iif veth0
ip route get 10.1.2.9 from 203.0.113.1 oif veth0 mark 3
ip rule show
ip route show table all
sysctl -w net.ipv4.conf.veth3.rp_filter=2
sysctl -w net.ipv4.ip_forward=1
ip -d rule
ip link set veth2 up
ip -j rule
ip route add throw 10.1.0.0/16 table 300
ip route add unreachable 0.0.0.0/1 metric 10 table main
ip route add throw default table main
ip rule add pref 50 to 8.8.8.8 uidrange 0-100 prohibit
ip rule add not dport 0 from 10.0.0.0/8 dport 1000-1564 goto 300
ip route get 10.1.2.3 from 192.0.2.1 oif veth2
ip link set veth2 down
ip route get 10.1.2.3 from 192.0.2.1
ip rule del tos 0x10 dport 0
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip route get 172.16.1.1 uid 1500
ip rule add pref 100 uidrange 1000-2000 fwmark 0x100 goto 300
ip route get 192.0.2.77 mark 0x100 ipproto udp sport 1000 dport 2001
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 ipproto 1 sport 1000 dport 80
ip rule show table 100
ip -j rule
ip route get 203.0.113.20 iif veth0
ip rule show table 100
ip route get 8.8.8.8 oif veth0
ip route get 10.1.2.3 oif veth2 mark 0x13 uid 1500
ip rule add sport 0 tos 0x10 goto 200
ip route get 172.16.1.1 from 203.0.113.1 tos 0x10
ip rule del pref 200
ip route get 203.0.113.20 iif veth0 uid 0
ip rule add pref 32000 ipproto tcp iif lo tos 0x08 unreachable
ip rule show table 100
ip route get 172.16.1.1 from 10.1.2.3 mark 0x13 ipproto 1 sport 0 dport 2001
sysctl -w net.ipv4.ip_forward=0
ip rule
ip route show table all
