# Seeded random policy-routing scenario (seed 24), from conformance/generators/policy.ts.
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
ip route add 10.0.0.0/8 dev veth0 table 100
ip route add 172.16.0.0/12 dev veth2 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add prohibit 0.0.0.0/1 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 300
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 300
ip route add blackhole 10.1.2.0/24 table 300
ip route add default via 192.0.2.3 table main
ip route add throw 10.1.2.0/24 table main
ip route add 10.1.0.0/16 via 203.0.113.2 table main
ip rule add pref 200 uidrange 0-100 unreachable
ip -d rule
ip rule del not sport 2000 blackhole
ip link set veth0 up
ip route get 192.0.2.77 from 10.1.2.3 mark 3 tos 0x10 ipproto 1 sport 1000 dport 1000
ip rule add tos lowdelay nop
ip rule del iif veth1 table 100 suppress_prefixlength 16
ip route get 198.51.100.1 from 198.51.100.1 uid 1500
ip rule add iif veth1 table 100
ip rule del ipproto 1 uidrange 0-100 tos 0x10
ip rule add iif veth1 table 300
ip route show table 200
ip rule del oif veth0 tos lowdelay
ip rule del fwmark 0x100 tos 0x08
ip route get 10.1.9.9 from 10.1.2.3 ipproto udp sport 1000 dport 80
ip route get 10.1.9.9 iif veth3 uid 50 ipproto 1 sport 0 dport 1000 fibmatch
ip -d rule
ip rule show
ip route get 10.1.9.9 from 203.0.113.5 uid 1500
ip route del 172.16.0.0/12 table main
ip route get 172.16.1.1 from 192.0.2.1 iif veth1 tos 0x08
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 mark 3
ip route get 10.1.9.9 from 198.51.100.9
ip route get 10.0.0.1 from 203.0.113.5 iif veth0 tos 0x08 ipproto udp sport 0 dport 1000
ip route get 10.1.2.3 ipproto udp sport 1500 dport 80
ip rule add pref 50 from 198.51.100.1 uidrange 1000-2000 table 200
ip route get 203.0.113.20 iif veth1
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 200
ip rule del not iif veth1 dport 1000 to 10.0.0.0/8 unreachable
ip route get 192.0.2.77 oif veth0 mark 3 tos 0x08 ipproto udp
ip route get 192.0.2.77 from 198.51.100.1 mark 7 ipproto udp sport 2500 dport 2001
ip rule add from 198.51.100.1 ipproto tcp blackhole
ip rule add fwmark 3/3 dport 2000 lookup 200
ip route get 10.0.0.1 oif veth0 tos 0x10
ip route add unreachable 10.1.0.0/16 table 100
ip -d rule
ip route get 198.51.100.1 from 203.0.113.1
ip route get 10.1.2.9 mark 0x13 ipproto tcp
ip route show table 200
ip route get 203.0.113.20 oif veth2
ip rule add dport 1000-2782 nop
ip rule add tos 0x10 table 200 suppress_ifgroup 5
ip rule add pref 100 ipproto tcp from 10.0.0.0/8 fwmark 0x100 table 200 suppress_ifgroup 5
ip rule add not fwmark 3/3 uidrange 0-0 blackhole
ip route get 10.1.9.9
ip rule add to 10.0.0.0/8 sport 1000 lookup 200
ip rule add from 10.0.0.0/8 ipproto udp blackhole
ip route get 127.0.0.1
ip rule list pref 100
ip route show table 200
ip rule add dport 2000-3516 from 198.51.100.1 nop
ip rule add pref 200 to 10.1.2.0/24 unreachable
ip rule show
ip route show table all
ip route del 10.1.0.0/16 table 100
ip route show table 200
ip rule add pref 200 sport 1000-2696 from 192.0.2.0/24 lookup main
ip route get 192.0.2.77 from 198.51.100.1 oif veth2
ip route get 10.1.2.3 oif veth2 mark 7 ipproto 1 sport 2500 dport 80
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip rule
ip route show table all
