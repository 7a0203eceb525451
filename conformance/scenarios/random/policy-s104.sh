# Seeded random policy-routing scenario (seed 104), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add prohibit 0.0.0.0/1 table 100
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add unreachable 10.1.2.3 table 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 300
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip route add 10.1.0.0/16 dev veth1 table main
ip route add unreachable 10.0.0.0/8 table main
ip route add 10.1.2.3 dev veth2 table main
ip rule del pref 50
ip route get 10.1.2.9 iif veth0 tos 0x08
ip rule add fwmark 0x10/0xf0 table 100
ip route get 10.1.9.9 uid 1500 ipproto 1 sport 1500 dport 80
ip rule show
ip route get 192.0.2.77 from 203.0.113.1
ip route get 127.0.0.1 uid 0 ipproto tcp sport 0 dport 1000
ip link set veth0 down
ip route del 203.0.113.16/28 table 300
ip rule del pref 32000
ip route del 10.1.2.0/24 table 300
ip rule add iif veth0 iif veth0 unreachable
ip route get 10.0.0.1
ip rule add pref 32000 uidrange 0-100 goto 50
ip rule del pref 300
ip rule add oif veth0 blackhole
ip route show table all
ip route get 10.1.9.9 from 203.0.113.1
ip rule del not uidrange 0-0 sport 1000 unreachable
ip route del 203.0.113.16/28 table 300
ip route get 10.1.2.9 mark 3
ip route get 10.1.2.9 from 198.51.100.9 uid 50 ipproto 1 sport 0 dport 2001
ip rule add tos 0x10 dport 2000-2713 goto 50
ip rule show table 100
ip route get 8.8.8.8 from 198.51.100.9 iif veth3 mark 0x100 uid 0
ip route get 8.8.8.8 from 192.0.2.1 mark 0x13
ip rule add sport 1000 prohibit
ip route get 127.0.0.1 from 198.51.100.1 mark 3 uid 1500
ip link set veth2 down
ip rule list pref 100
ip route get 172.16.1.1 from 203.0.113.5
ip rule list pref 100
ip route add throw 10.1.2.3 table 100
ip route get 127.0.0.1 from 198.51.100.9 oif veth0 fibmatch
ip route get 10.1.9.9 iif veth3 uid 50
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip route get 198.51.100.1 mark 0x100 uid 50
ip route get 10.0.0.1 uid 0
ip route get 192.0.2.77 from 203.0.113.1 tos 0x10
ip route get 10.0.0.1 ipproto tcp
ip rule add pref 100 to 8.8.8.8 uidrange 0-0 iif lo prohibit
ip route get 10.1.2.3 from 203.0.113.1 iif veth3 mark 0x13
ip route add 172.16.0.0/12 dev veth0 metric 10 table main
ip rule del pref 300
ip rule show
ip rule add fwmark 0x100 oif veth0 tos lowdelay goto 200
ip rule add sport 2000-2147 lookup 100
ip route del 10.1.2.3 table 100
ip route get 172.16.1.1 from 10.1.2.3 mark 3
ip route get 172.16.1.1 from 198.51.100.1 tos 0x10 ipproto 1
ip route get 10.1.2.9 mark 0x13
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route get 10.0.0.1 oif veth0 mark 0x13
ip rule del from 198.51.100.1 to 172.16.0.0/12
ip route add blackhole 10.0.0.0/8 table 300
ip rule del from all oif veth2 nop
ip rule del pref 50
ip -j rule
ip route get 8.8.8.8 from 192.0.2.1 tos 0x08 uid 50
ip -j rule
ip rule
ip route show table all
