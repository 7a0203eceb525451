# Seeded random policy-routing scenario (seed 172), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add 10.1.2.0/24 dev veth2 metric 10 table 100
ip route add default via 198.51.100.2 table 100
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add unreachable 10.1.2.0/24 metric 10 table 200
ip route add 172.16.0.0/12 dev veth1 table 200
ip route add 10.1.2.0/24 via 192.0.2.2 table 300
ip route add throw 10.1.2.3 metric 10 table 300
ip route add 203.0.113.16/28 dev veth1 table 300
ip route add unreachable 10.1.0.0/16 table main
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table main
ip route add unreachable 10.1.2.0/24 table main
ip route del 203.0.113.16/28 table 100
ip route get 192.0.2.77 from 198.51.100.9
ip route get 203.0.113.20 from 198.51.100.9
ip rule add pref 32000 oif veth2 uidrange 1000-2000 lookup 200
sysctl -w net.ipv4.ip_forward=0
ip rule show table 100
ip route get 10.1.2.3 fibmatch
ip rule add pref 300 dport 2000 blackhole
ip rule add fwmark 0x100 table 200
ip route del 10.1.2.3 table 100
ip route get 8.8.8.8 tos 0x08 ipproto 1
ip rule add pref 32000 tos lowdelay uidrange 0-100 ipproto tcp blackhole
ip route get 203.0.113.20 uid 0
ip route get 10.1.2.9 oif veth2 mark 7
ip rule add tos lowdelay nop
ip rule show table 100
ip rule del pref 200
ip route get 127.0.0.1
ip rule add sport 2000-2356 sport 1000-2743 uidrange 1000-2000 blackhole
ip route get 8.8.8.8 iif veth3
ip rule show table 100
ip route get 127.0.0.1 ipproto 1 sport 0 dport 1000 fibmatch
ip route get 172.16.1.1 from 198.51.100.9 oif veth0 ipproto 1 sport 0 dport 2001
ip rule show
ip rule add iif veth0 lookup 100
ip route add blackhole 172.16.0.0/12 metric 10 table 300
ip route get 10.1.9.9 from 203.0.113.5 iif veth3 uid 50
ip route add throw 10.1.0.0/16 table 300
ip route get 203.0.113.20 fibmatch
ip route add 0.0.0.0/1 via 198.51.100.2 table 200
ip route show table 200
ip rule add dport 0 dport 1000 table 200 suppress_ifgroup 0
ip route del 203.0.113.16/28 table 300
ip rule del not from all dport 1000 goto 100
ip rule add pref 100 not fwmark 0x10/0xf0 to 8.8.8.8 uidrange 1000-2000 table 300
ip rule add pref 50 not iif veth3 goto 300
ip link set veth2 up
ip route add 10.0.0.0/8 via 203.0.113.2 metric 10 table 300
ip rule add iif lo blackhole
ip rule del pref 100
ip route get 192.0.2.77 mark 0x100 ipproto tcp
ip link set veth2 up
ip route get 10.0.0.1 mark 7
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route get 10.0.0.1 uid 1500
ip rule add from 198.51.100.1 blackhole
ip route add blackhole 10.0.0.0/8 metric 10 table 300
ip rule del uidrange 1000-2000
ip rule show
ip rule
ip route get 127.0.0.1 iif veth1
ip -d rule
ip -d rule
ip rule add pref 32000 from 192.0.2.0/24 uidrange 0-0 blackhole
ip rule add pref 200 not tos 0x10 prohibit
ip route get 10.1.2.3 oif veth2 mark 7
ip route get 192.0.2.77 from 192.0.2.1 iif veth1
ip -d rule
ip rule add pref 32000 not oif veth0 sport 0 goto 200
ip rule add to 172.16.0.0/12 fwmark 0x100 iif lo table main suppress_prefixlength 8
ip rule
ip route show table all
