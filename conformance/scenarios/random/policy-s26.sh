# Seeded random policy-routing scenario (seed 26), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add blackhole 10.1.2.0/24 metric 10 table 100
ip route add default via 192.0.2.2 table 200
ip route add 10.1.0.0/16 dev veth2 table 200
ip route add default via 192.0.2.2 metric 10 table 200
ip route add default dev veth0 metric 10 table 300
ip route add default via 192.0.2.3 table 300
ip route add blackhole 172.16.0.0/12 metric 10 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table main
ip route add unreachable 10.1.2.0/24 table main
ip route add default via 192.0.2.3 metric 10 table main
ip -d rule
ip route add 203.0.113.16/28 dev veth0 table main
ip rule list pref 100
ip route add prohibit 203.0.113.16/28 table 100
ip route get 127.0.0.1 mark 3 tos 0x10
ip route get 203.0.113.20 uid 50
ip route del 10.1.2.0/24 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip route get 10.0.0.1 from 198.51.100.1
ip route get 10.1.2.9 iif veth0 ipproto udp sport 0 dport 1000
sysctl -w net.ipv4.conf.all.rp_filter=1
ip rule del oif veth2 uidrange 0-100 table 100 suppress_prefixlength 16
ip link set veth2 down
ip rule del ipproto 1 tos 0x08
ip rule list pref 100
ip route get 10.0.0.1 from 10.1.2.3 iif veth0 mark 0x100 uid 50
ip route get 127.0.0.1 from 198.51.100.1 mark 0x13 tos 0x10 ipproto 1 sport 0 dport 2001
ip rule show
ip route get 10.0.0.1 uid 50
ip route get 172.16.1.1 ipproto 1 sport 1500 dport 2001
ip rule show table 100
ip rule del oif veth0 nop
ip rule show table 100
ip rule add pref 100 from 198.51.100.1 to 10.1.2.0/24 unreachable
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule add pref 32000 fwmark 7 table 200 suppress_ifgroup 5
ip route get 203.0.113.20
ip rule add pref 32000 uidrange 0-100 fwmark 7 goto 32000
ip route get 8.8.8.8 from 203.0.113.5 oif veth0 mark 0x100 ipproto udp sport 1000 dport 80
ip rule add not iif veth1 oif veth0 nop
ip route show table all
ip rule add fwmark 7 from 192.0.2.0/24 iif lo lookup 100
ip rule show table 100
ip route get 192.0.2.77 oif veth0
ip route show table 200
ip route show table 200
ip route get 10.1.2.9 oif veth2 ipproto tcp
ip -j rule
ip route get 192.0.2.77 from 203.0.113.5 iif veth1 uid 1500
ip rule add iif veth3 oif veth0 unreachable
ip route del 203.0.113.16/28 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 200
ip route get 10.0.0.1 mark 7 tos 0x08
ip route get 10.1.2.9
ip route show table all
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 from 10.1.2.3
ip rule list pref 100
ip route get 127.0.0.1 from 198.51.100.1
ip route get 203.0.113.20 oif veth0 fibmatch
ip link set veth2 up
ip route get 10.1.2.3 from 10.1.2.3 oif veth0 mark 0x13
ip route get 198.51.100.1 tos 0x08 uid 0
ip route get 127.0.0.1 mark 0x13
sysctl -w net.ipv4.ip_forward=0
ip rule del ipproto 1
ip route get 127.0.0.1 iif veth1 uid 1500 ipproto udp sport 2500 dport 80
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 300 fwmark 0x100 sport 0-612 lookup 100
ip rule add pref 50 tos 0x08 unreachable
ip rule
ip route show table all
