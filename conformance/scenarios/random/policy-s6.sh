# Seeded random policy-routing scenario (seed 6), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add blackhole 10.1.0.0/16 table 100
ip route add 10.1.2.3 dev veth0 table 100
ip route add blackhole 10.1.0.0/16 metric 10 table 200
ip route add 10.1.2.0/24 via 192.0.2.3 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table main
ip route add blackhole 0.0.0.0/1 metric 10 table main
ip route add blackhole 10.1.2.3 table main
ip route add prohibit 10.1.0.0/16 table 100
ip route get 127.0.0.1 from 203.0.113.1
ip route add blackhole 10.1.2.3 metric 10 table main
ip route del default table 300
ip rule
ip rule del pref 200
ip rule add not fwmark 7 blackhole
ip route show table 200
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 iif veth3 tos 0x10 ipproto udp sport 0 dport 80
ip -j rule
ip rule add pref 50 to 172.16.0.0/12 table main suppress_prefixlength 16
ip route get 10.1.9.9 iif veth1
ip rule list pref 100
ip rule add dport 0-20 iif veth1 table 100 suppress_prefixlength 0
ip route add 10.0.0.0/8 dev veth0 table 200
ip route get 127.0.0.1
ip rule del dport 1000 iif veth0
ip route get 203.0.113.20 from 198.51.100.1 mark 7 uid 0
ip route show table all
ip route add unreachable 172.16.0.0/12 table main
ip route get 192.0.2.77 from 203.0.113.1 iif veth3 mark 3
ip rule show
ip rule add pref 100 tos 0x10 unreachable
ip rule add not oif veth0 from 192.0.2.0/24 iif lo prohibit
ip route del 172.16.0.0/12 table 200
ip rule add pref 32000 dport 0-785 tos lowdelay tos 0x08 nop
ip route get 10.1.9.9 from 198.51.100.9 iif veth0
ip route del 10.1.2.0/24 table main
ip rule add sport 1000-2415 uidrange 1000-2000 iif veth1 lookup 100
ip route get 172.16.1.1 from 10.1.2.3 oif veth0
ip route get 10.1.2.3
ip rule add pref 200 fwmark 3/3 tos 0x08 tos 0x08 blackhole
ip route get 198.51.100.1 ipproto udp
ip rule add from 198.51.100.1 iif lo unreachable
ip rule show table 100
ip rule show table 100
ip rule del sport 0 sport 2000-2852
ip route get 10.0.0.1 from 10.1.2.3 tos 0x08 uid 0
ip rule add pref 50 ipproto 1 ipproto udp blackhole
ip route get 203.0.113.20 oif veth0 ipproto tcp sport 0 dport 80
ip rule del uidrange 0-100
ip rule show table 100
sysctl -w net.ipv4.ip_forward=1
ip route get 198.51.100.1 mark 0x13
ip rule
ip route get 10.1.9.9 from 203.0.113.1 iif veth0 uid 1500
ip route get 203.0.113.20 uid 0 ipproto udp sport 2500 dport 1000 fibmatch
ip rule add dport 2000-2579 fwmark 3/3 tos 0x10 nop
ip rule add pref 32000 dport 2000 sport 2000 table main suppress_prefixlength 8
ip route get 203.0.113.20 from 10.1.2.3 iif veth0
ip route get 10.1.2.3 from 198.51.100.9 ipproto udp sport 1000 dport 80
ip route add throw 203.0.113.16/28 metric 10 table main
ip rule add pref 50 from 203.0.113.0/28 sport 1000 prohibit
ip route get 198.51.100.1 from 10.1.2.3 uid 50
ip rule add iif veth1 nop
ip route get 172.16.1.1 from 203.0.113.5 oif veth0
ip rule add fwmark 0x10/0xf0 tos 0x08 nop
ip rule show
ip rule list pref 100
ip rule
ip route show table all
