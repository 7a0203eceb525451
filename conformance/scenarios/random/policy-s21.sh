# Seeded random policy-routing scenario (seed 21), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add throw 10.1.2.0/24 table 100
ip route add unreachable 172.16.0.0/12 table 100
ip route add throw 10.1.2.3 table 200
ip route add 172.16.0.0/12 dev veth1 table 200
ip route add 0.0.0.0/1 dev veth1 table 200
ip route add default via 192.0.2.3 table 300
ip route add 10.1.0.0/16 dev veth1 table 300
ip route add 10.1.0.0/16 dev veth1 metric 10 table 300
ip route add 172.16.0.0/12 dev veth1 table main
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip route get 10.0.0.1 mark 7 ipproto udp sport 1500 dport 2001
ip route get 8.8.8.8 from 10.1.2.3 iif veth1 uid 50
ip rule add pref 100 iif veth3 goto 300
ip route add throw 0.0.0.0/1 metric 10 table 300
ip -d rule
ip rule show
ip route get 198.51.100.1 oif veth0 mark 7 tos 0x10
ip rule add pref 300 from 198.51.100.1 fwmark 0x10/0xf0 lookup 100
ip rule list pref 100
ip rule add pref 300 from 198.51.100.1 uidrange 0-0 table main suppress_prefixlength 0
ip rule add pref 50 from 10.0.0.0/8 lookup 100
ip route get 10.0.0.1 from 192.0.2.1 iif veth3 uid 50
ip route show table 200
ip rule add pref 200 sport 1000-2471 fwmark 0x100 table 200 suppress_ifgroup 5
ip rule del pref 100
ip route get 10.1.2.9 from 203.0.113.1 iif veth1 mark 0x100
ip rule show
ip -d rule
ip rule add to 8.8.8.8 ipproto udp unreachable
ip route get 10.1.2.3 iif veth0 mark 0x13 ipproto 1 fibmatch
ip route get 10.1.2.9 from 192.0.2.1 iif veth1 mark 0x100 tos 0x08 ipproto tcp
ip route get 198.51.100.1 iif veth0 mark 0x13 ipproto 1
ip rule add pref 200 sport 1000-1186 sport 2000 table 300
ip route del 0.0.0.0/1 table 100
ip rule del iif lo fwmark 7 blackhole
ip route add 10.1.2.3 dev veth0 table 300
ip rule add pref 200 fwmark 7 lookup 200
ip route add 203.0.113.16/28 dev veth2 table 300
ip route get 10.1.9.9 from 10.1.2.3 uid 50
ip route get 8.8.8.8 from 10.1.2.3 ipproto udp
ip link set veth2 up
ip route del 10.0.0.0/8 table 300
ip rule add pref 100 to 172.16.0.0/12 goto 50
ip rule add pref 300 uidrange 1000-2000 table 100
ip route get 172.16.1.1 from 203.0.113.1 iif veth3 mark 0x13
ip rule add pref 300 iif veth1 oif veth0 unreachable
ip route show table all
ip rule
ip route get 172.16.1.1 iif veth1 uid 0
ip route get 203.0.113.20 from 198.51.100.9 iif veth3 mark 7 uid 1500
ip route get 10.1.2.3 fibmatch
ip route get 127.0.0.1 from 198.51.100.1 oif veth0 ipproto tcp sport 0 dport 1000 fibmatch
ip route get 10.1.9.9 tos 0x10
ip route get 10.1.2.3 oif veth2
ip route get 198.51.100.1 ipproto 1 sport 2500 dport 2001
ip rule add oif veth0 tos lowdelay goto 50
ip route get 8.8.8.8 from 192.0.2.1 ipproto udp sport 1500 dport 80
ip route get 10.0.0.1 from 198.51.100.9 tos 0x08 fibmatch
ip route get 127.0.0.1 oif veth2 mark 0x100
ip route add default dev veth1 metric 10 table 100
ip route get 203.0.113.20 from 203.0.113.5 ipproto 1
ip route add throw 203.0.113.16/28 table 100
ip rule add pref 50 ipproto 1 goto 100
ip rule del pref 50
ip rule
ip rule add uidrange 0-100 iif lo to 172.16.0.0/12 nop
ip route get 10.1.9.9 from 10.1.2.3
ip rule add pref 50 dport 2000 table main suppress_prefixlength 0
ip -d rule
ip -d rule
ip rule
ip route show table all
