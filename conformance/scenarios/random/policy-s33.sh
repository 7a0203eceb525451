# Seeded random policy-routing scenario (seed 33), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth1 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 100
ip route add blackhole 203.0.113.16/28 table 200
ip route add blackhole default metric 10 table 200
ip route add 10.0.0.0/8 dev veth1 metric 10 table 200
ip route add default dev veth1 table 300
ip route add blackhole 10.1.2.3 table 300
ip route add default via 192.0.2.2 table 300
ip route add blackhole 10.1.0.0/16 table main
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add unreachable 0.0.0.0/1 table main
ip route get 192.0.2.77
ip route del default table 300
ip rule list pref 100
ip link set veth0 up
ip route add 10.1.0.0/16 via 203.0.113.2 table main
ip route add 172.16.0.0/12 via 198.51.100.2 table 200
sysctl -w net.ipv4.ip_forward=0
ip route get 192.0.2.77 iif veth1 mark 0x100
ip route get 10.0.0.1 from 192.0.2.1 oif veth2
ip rule del tos 0x08
ip route get 127.0.0.1 oif veth0 mark 7 uid 50 ipproto tcp
ip rule add pref 300 oif veth2 to 172.16.0.0/12 prohibit
ip route get 10.1.2.3 from 198.51.100.1 ipproto tcp sport 2500 dport 1000
ip rule del not tos 0x08
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 100
ip rule del not sport 2000-2443
ip route show table 200
ip rule add not ipproto udp dport 2000-2798 nop
ip route show table all
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip rule add pref 300 fwmark 7 ipproto tcp table main suppress_prefixlength 8
ip route add blackhole 10.1.2.0/24 table 100
ip rule show
ip route get 203.0.113.20 oif veth0
ip rule list pref 100
ip rule add iif veth1 to 8.8.8.8 unreachable
ip rule add pref 100 sport 1000-2604 oif veth0 table 100
ip rule add to 10.0.0.0/8 unreachable
ip route get 10.1.9.9 oif veth0 ipproto 1 sport 1500 dport 1000
ip route get 172.16.1.1 from 10.1.2.3 oif veth0
ip rule list pref 100
ip rule add pref 50 oif veth2 nop
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip rule list pref 100
ip route get 10.0.0.1
ip route get 192.0.2.77 from 10.1.2.3 iif veth3 mark 3
ip route get 10.1.2.9 from 192.0.2.1 mark 0x13
ip rule add tos 0x08 dport 2000 unreachable
ip route get 172.16.1.1 from 198.51.100.9
ip route get 203.0.113.20 uid 50
ip link set veth2 up
ip route del 10.1.2.0/24 table 300
ip route add blackhole 10.1.2.3 table 200
ip rule add pref 100 sport 2000 unreachable
ip route add default via 203.0.113.2 table main
ip route show table 200
sysctl -w net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 from 198.51.100.1 iif veth3
ip route get 10.1.2.3 from 10.1.2.3
ip route get 192.0.2.77 from 203.0.113.1 uid 50
ip route get 127.0.0.1 oif veth2 uid 50 ipproto 1 sport 1500 dport 1000
ip route get 8.8.8.8 oif veth2 tos 0x08 ipproto tcp sport 0 dport 1000
ip rule del dport 1000 table 200 suppress_ifgroup 5
ip route get 10.0.0.1 from 198.51.100.9 iif veth0 ipproto 1 sport 1000 dport 2001
ip route add blackhole 0.0.0.0/1 metric 10 table 200
ip rule add pref 100 oif veth2 sport 2000-3454 uidrange 1000-2000 table 200
ip rule add pref 100 dport 0-1754 tos lowdelay lookup main
ip rule
ip rule add to 8.8.8.8 table 200
ip rule
ip route show table all
