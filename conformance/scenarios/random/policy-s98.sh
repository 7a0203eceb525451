# Seeded random policy-routing scenario (seed 98), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 dev veth2 metric 10 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 100
ip route add throw 0.0.0.0/1 table 100
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 200
ip route add default via 198.51.100.2 table 200
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route add throw 10.1.2.0/24 table 300
ip route add throw default table 300
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route add unreachable 10.1.0.0/16 table main
ip route add 172.16.0.0/12 dev veth0 table main
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip -d rule
ip route get 10.1.9.9 from 192.0.2.1
ip rule list pref 100
ip route get 10.1.2.9 from 203.0.113.1 uid 50 fibmatch
ip rule add pref 200 sport 0 fwmark 3/3 prohibit
ip route get 198.51.100.1 from 10.1.2.3 tos 0x10 ipproto 1
ip route get 172.16.1.1 from 192.0.2.1 ipproto udp
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 100
ip route get 8.8.8.8 from 198.51.100.1 iif veth3
ip route get 10.1.2.3 from 198.51.100.9 mark 0x100 ipproto udp sport 1000 dport 1000
ip route get 10.1.2.9 from 203.0.113.1
ip route get 192.0.2.77 from 203.0.113.5 iif veth1 mark 7
ip rule add pref 200 sport 1000-1583 table 300
ip route add blackhole default table 300
ip route get 10.1.2.3 from 198.51.100.9 mark 7
ip route del default table 200
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 uid 0 ipproto tcp
ip route del 10.0.0.0/8 table 300
ip rule
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 oif veth2
ip rule add sport 2000 fwmark 3/3 goto 300
ip route show table 200
ip route show table all
ip rule add pref 100 tos 0x10 dport 2000-2305 dport 0 table 200
ip rule add sport 2000 tos 0x10 fwmark 3/3 table 100
ip rule del pref 32000
ip route get 10.0.0.1 iif veth3 mark 0x100 tos 0x10
ip route get 10.0.0.1 from 192.0.2.1 iif veth3 tos 0x10 ipproto 1 sport 1000 dport 2001
ip -j rule
ip rule
ip route get 10.1.2.3 tos 0x10
ip route show table all
ip rule add uidrange 0-100 lookup 100
ip route get 192.0.2.77 tos 0x10 uid 50
ip route add throw 0.0.0.0/1 table main
ip route get 172.16.1.1 iif veth0 uid 50
ip rule add pref 100 not dport 1000-2700 sport 1000-1232 ipproto tcp lookup 200
ip rule show
ip rule add pref 32000 iif veth0 from 192.0.2.0/24 to 8.8.8.8 nop
ip route show table all
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route get 192.0.2.77 uid 50
ip route add 10.1.2.0/24 via 198.51.100.2 table 100
ip rule add not from all from 10.0.0.0/8 to 172.16.0.0/12 prohibit
ip rule add to 10.0.0.0/8 from 192.0.2.0/24 table 200 suppress_ifgroup 0
ip route del 10.1.2.0/24 table 100
ip rule
ip route get 10.0.0.1 from 203.0.113.5 uid 50
sysctl -w net.ipv4.ip_forward=1
ip route get 203.0.113.20 mark 0x13
ip route get 10.1.9.9 from 203.0.113.5 mark 0x13
ip rule add iif veth1 goto 32000
ip route del 10.1.0.0/16 table main
ip route add prohibit default metric 10 table main
ip route get 10.0.0.1 from 203.0.113.1 tos 0x08
ip rule add tos 0x10 table 100 suppress_prefixlength 0
ip route add 172.16.0.0/12 dev veth2 table 100
ip route del 172.16.0.0/12 table 100
ip route get 172.16.1.1 from 198.51.100.1 iif veth0 uid 50 ipproto 1 sport 1500 dport 80
ip rule
ip route show table all
