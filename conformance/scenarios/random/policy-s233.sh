# Seeded random policy-routing scenario (seed 233), from conformance/generators/policy.ts.
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
ip route add prohibit 10.1.0.0/16 table 100
ip route add default via 198.51.100.2 table 100
ip route add 10.0.0.0/8 dev veth1 table 100
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route add default via 192.0.2.2 metric 10 table 200
ip route add blackhole 10.1.2.0/24 metric 10 table 200
ip route add prohibit 10.1.2.0/24 metric 10 table 300
ip route add prohibit 10.1.0.0/16 table 300
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip route add 172.16.0.0/12 dev veth1 table main
ip route add 10.1.0.0/16 dev veth1 metric 10 table main
ip route add 0.0.0.0/1 via 203.0.113.2 table main
ip rule
ip route add unreachable 10.1.2.0/24 table 100
sysctl -w net.ipv4.ip_forward=0
ip -d rule
ip route get 203.0.113.20 from 198.51.100.1 mark 0x13
ip rule del pref 100
ip route del 172.16.0.0/12 table 300
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 10.0.0.1 from 203.0.113.5 iif veth1 uid 50 ipproto udp sport 1000 dport 80
ip -d rule
ip route get 10.0.0.1 from 192.0.2.1 ipproto 1 sport 0 dport 1000
ip rule del sport 0-1274 oif veth2
ip rule add pref 50 sport 2000-3193 tos lowdelay to 10.1.2.0/24 blackhole
ip route get 203.0.113.20 from 198.51.100.1
ip route get 10.0.0.1 from 10.1.2.3
ip route get 10.0.0.1 uid 1500
ip route add 172.16.0.0/12 via 192.0.2.2 table 200
ip route get 172.16.1.1 iif veth3 mark 0x13 tos 0x08
ip rule add pref 200 ipproto 1 nop
ip route get 172.16.1.1 oif veth0 tos 0x10
ip rule add iif veth0 iif veth3 unreachable
ip route get 198.51.100.1 from 192.0.2.1 tos 0x10 ipproto 1 sport 1000 dport 1000
ip route del 10.0.0.0/8 table 200
ip link set veth2 down
ip link set veth0 up
ip rule del tos 0x10 from 198.51.100.1
ip route add default dev veth1 metric 10 table main
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip rule add pref 300 uidrange 0-0 tos 0x10 prohibit
ip rule add pref 32000 iif veth1 blackhole
ip rule add oif veth2 oif veth0 table 100
ip route get 10.1.2.3 from 198.51.100.1
ip route get 10.1.2.3 from 198.51.100.1 tos 0x08
ip rule show table 100
ip route add default dev veth0 table 300
ip rule add tos 0x08 tos 0x08 blackhole
ip route show table 200
ip rule del from all nop
ip route del 203.0.113.16/28 table 200
ip rule del pref 100
ip rule add uidrange 0-100 dport 0-937 blackhole
ip route get 203.0.113.20 oif veth2 ipproto udp sport 1500 dport 80
ip route show table 200
ip rule add iif veth3 iif lo sport 2000-3457 table 100 suppress_prefixlength 16
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 fwmark 0x10/0xf0 ipproto udp iif veth3 table 200 suppress_ifgroup 5
ip rule add tos 0x10 table 200 suppress_ifgroup 5
ip route del 172.16.0.0/12 table main
ip route get 8.8.8.8 oif veth2 mark 0x13
ip route del 203.0.113.16/28 table 200
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table main
ip rule del not from 198.51.100.1
ip route get 10.1.2.9 from 192.0.2.1 iif veth3 mark 3 ipproto 1 sport 1500 dport 80
ip route get 8.8.8.8 from 198.51.100.9 ipproto tcp sport 1000 dport 80
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route get 198.51.100.1 from 203.0.113.1 tos 0x10 uid 0 ipproto udp
ip rule del not uidrange 1000-2000 dport 0-346 tos 0x08
ip route get 8.8.8.8 from 198.51.100.9 ipproto tcp sport 1000 dport 1000
ip route del 172.16.0.0/12 table 200
ip route add prohibit 0.0.0.0/1 table main
ip rule
ip route show table all
