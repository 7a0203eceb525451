# Seeded random policy-routing scenario (seed 43), from conformance/generators/policy.ts.
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
ip route add throw 10.0.0.0/8 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add default via 192.0.2.2 metric 10 table 200
ip route add prohibit 203.0.113.16/28 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 300
ip route add 10.1.2.3 dev veth2 table 300
ip route add throw 10.1.0.0/16 table 300
ip route add unreachable 10.1.2.3 table main
ip route add blackhole 10.1.0.0/16 table main
ip route add blackhole 10.1.2.0/24 table main
sysctl -w net.ipv4.ip_forward=1
ip rule add iif veth3 goto 200
ip -j rule
ip rule add not from 192.0.2.0/24 ipproto 1 prohibit
ip rule list pref 100
ip rule del pref 200
ip rule add pref 50 uidrange 0-0 goto 100
ip rule add pref 100 fwmark 7 uidrange 0-0 table 200 suppress_ifgroup 5
ip rule add pref 32000 not to 8.8.8.8 ipproto 1 goto 300
ip route show table 200
ip route get 10.1.2.9 tos 0x10
ip rule del pref 32000
ip route get 10.1.2.9 ipproto tcp sport 1000 dport 80
ip route get 10.0.0.1 from 203.0.113.5 oif veth2
ip rule show
ip rule add fwmark 3/3 nop
ip rule add to 8.8.8.8 table 100 suppress_prefixlength 0
ip route get 172.16.1.1 uid 50
ip rule show table 100
ip rule add fwmark 0x10/0xf0 from 198.51.100.1 from 192.0.2.0/24 unreachable
ip rule add pref 200 dport 0 unreachable
ip route get 8.8.8.8 from 203.0.113.5 uid 0 ipproto udp sport 1000 dport 1000
ip route get 127.0.0.1
ip route del 0.0.0.0/1 table 300
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip route show table all
ip rule add pref 200 uidrange 0-0 nop
ip route get 10.1.2.9 from 198.51.100.9 fibmatch
ip route add throw 0.0.0.0/1 table 100
ip link set veth2 down
ip route get 10.0.0.1 from 10.1.2.3 ipproto udp fibmatch
ip rule add to 10.1.2.0/24 sport 1000 table main suppress_prefixlength 16
ip route get 10.0.0.1 oif veth0 tos 0x10 uid 0
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip rule add pref 300 not from all iif veth3 fwmark 0x100 table 200
ip rule
ip route show table 200
ip rule add from 198.51.100.1 sport 1000-1995 unreachable
ip rule add pref 100 fwmark 0x100 prohibit
ip route get 198.51.100.1 from 198.51.100.1
ip route get 192.0.2.77 iif veth1 ipproto udp sport 2500 dport 80
ip route get 8.8.8.8 iif veth1
ip route add throw 10.1.2.0/24 table main
ip route get 192.0.2.77 from 203.0.113.5 tos 0x10
ip rule show table 100
ip route add 172.16.0.0/12 dev veth0 table 200
ip rule add pref 32000 oif veth0 fwmark 0x100 table 200
ip route get 10.1.2.3 from 203.0.113.1 iif veth1 ipproto 1
ip -d rule
ip rule del not to 172.16.0.0/12 uidrange 0-0
ip route get 192.0.2.77
ip rule list pref 100
ip -d rule
ip route get 8.8.8.8 mark 0x13 uid 50
ip route get 10.1.2.9 iif veth1 tos 0x10 uid 0
ip route get 192.0.2.77 mark 3
ip route del 0.0.0.0/1 table main
ip route get 10.0.0.1 from 203.0.113.5 oif veth2 tos 0x10
ip route get 8.8.8.8 from 192.0.2.1 iif veth0 mark 0x100 ipproto udp sport 2500 dport 1000
ip route add 10.0.0.0/8 dev veth0 table 200
ip rule
ip route show table all
