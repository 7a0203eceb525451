# Seeded random policy-routing scenario (seed 120), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add blackhole 172.16.0.0/12 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add throw 0.0.0.0/1 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add throw 10.1.0.0/16 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add 10.0.0.0/8 dev veth2 metric 10 table main
ip route add default via 203.0.113.2 table main
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add unreachable 10.1.0.0/16 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule add iif veth3 sport 0 oif veth0 unreachable
ip rule add pref 300 to 10.1.2.0/24 sport 0 lookup main
ip route get 203.0.113.20 from 198.51.100.9 iif veth3
ip route get 127.0.0.1 from 203.0.113.1
ip route get 10.1.2.3 from 203.0.113.5 oif veth0
ip route get 127.0.0.1 from 198.51.100.9 tos 0x08
sysctl -w net.ipv4.ip_forward=0
ip route get 8.8.8.8 from 203.0.113.1
ip route get 192.0.2.77 iif veth3 mark 3
ip route get 203.0.113.20 mark 0x13
ip rule add iif veth1 unreachable
ip rule show table 100
ip rule show
ip route del 203.0.113.16/28 table 100
ip rule add from all blackhole
sysctl -w net.ipv4.ip_forward=1
ip rule add ipproto tcp prohibit
ip route get 8.8.8.8 ipproto 1
ip route add unreachable 10.0.0.0/8 table 200
ip route add blackhole 203.0.113.16/28 table main
ip route get 10.1.9.9 mark 7 tos 0x10
ip rule add pref 300 from all tos 0x10 unreachable
ip route add default via 198.51.100.2 metric 10 table 300
ip rule add not from all ipproto udp oif veth2 lookup 200
ip rule add pref 200 ipproto udp tos lowdelay lookup main
ip route get 192.0.2.77 iif veth1 ipproto tcp sport 2500 dport 80
ip route add blackhole 172.16.0.0/12 table 200
ip route show table 200
ip rule del fwmark 7 nop
ip rule show table 100
ip route get 198.51.100.1 from 192.0.2.1 oif veth2 ipproto udp
ip -d rule
ip rule add pref 300 from 192.0.2.0/24 ipproto 1 table 200 suppress_ifgroup 5
ip route add unreachable 10.0.0.0/8 table 200
ip rule show
ip route add 10.1.0.0/16 dev veth2 table 300
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip route add blackhole 10.0.0.0/8 table 100
ip rule
ip route get 10.1.2.9 ipproto tcp sport 0 dport 80
ip route add 10.1.0.0/16 dev veth0 metric 10 table 200
ip route get 10.1.2.3 oif veth2 mark 0x13 tos 0x10
ip rule add fwmark 7 oif veth0 table 100
ip rule show table 100
ip rule add tos lowdelay tos 0x10 sport 2000 unreachable
ip route get 10.0.0.1 from 10.1.2.3
ip route get 203.0.113.20 from 10.1.2.3 oif veth2 ipproto 1 sport 2500 dport 1000
ip route add throw 10.1.2.0/24 table 300
ip rule add fwmark 7 table 200 suppress_ifgroup 5
ip route add default via 198.51.100.2 table main
ip rule add to 10.0.0.0/8 fwmark 0x100 goto 100
ip route get 10.0.0.1 from 198.51.100.9 tos 0x08
ip rule del dport 1000 uidrange 1000-2000 table 200
ip rule add pref 32000 sport 0 table 200 suppress_ifgroup 5
ip route show table 200
ip route show table all
ip route get 10.1.9.9 from 192.0.2.1 iif veth0 mark 0x100
sysctl -w net.ipv4.ip_forward=1
ip rule
ip route show table all
