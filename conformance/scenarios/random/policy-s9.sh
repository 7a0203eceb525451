# Seeded random policy-routing scenario (seed 9), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.0.0/16 table 100
ip route add blackhole 203.0.113.16/28 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 100
ip route add default via 192.0.2.2 table 200
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 300
ip route add 203.0.113.16/28 dev veth0 table 300
ip route add 203.0.113.16/28 dev veth1 table 300
ip route add 10.1.2.3 dev veth0 table main
ip route add throw 10.0.0.0/8 metric 10 table main
ip route add throw 172.16.0.0/12 table main
ip rule show
ip rule add pref 100 to 10.0.0.0/8 from 198.51.100.1 table 100 suppress_prefixlength 0
ip rule add pref 200 iif lo table 100 suppress_prefixlength 8
ip route get 8.8.8.8 ipproto udp
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table main
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip -j rule
ip route add prohibit 172.16.0.0/12 table 300
ip route get 172.16.1.1 from 203.0.113.1 iif veth3
ip rule list pref 100
ip route get 10.1.9.9 iif veth1 tos 0x08
ip route show table 200
ip route get 127.0.0.1 from 192.0.2.1 iif veth1 mark 0x100 uid 0
ip route get 203.0.113.20 iif veth0
ip rule show table 100
ip rule add oif veth2 table 200
ip rule show
ip rule add pref 50 iif veth1 table 100 suppress_prefixlength 8
ip rule del pref 50
ip rule add oif veth0 sport 1000 unreachable
ip rule list pref 100
ip route get 10.0.0.1 tos 0x08 uid 0 ipproto 1 sport 1500 dport 2001 fibmatch
ip route get 127.0.0.1 oif veth0
ip route get 127.0.0.1 uid 0
ip rule add pref 100 tos 0x08 lookup 100
ip route show table all
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route get 127.0.0.1 from 192.0.2.1 oif veth0 mark 0x100 uid 1500
ip route get 198.51.100.1 tos 0x10 fibmatch
ip -j rule
ip rule add pref 300 not from all uidrange 0-0 table 300
ip route show table 200
ip rule show
ip rule add pref 200 not sport 0-1866 prohibit
ip route get 10.1.2.3 oif veth2 mark 0x13 ipproto tcp sport 1000 dport 1000
ip route get 203.0.113.20
ip rule add tos 0x08 ipproto tcp unreachable
ip rule list pref 100
ip rule show table 100
ip rule add pref 50 iif veth0 dport 0-1975 nop
ip route get 198.51.100.1
ip route get 8.8.8.8 uid 0
ip rule add oif veth2 ipproto tcp lookup 200
ip rule add pref 300 dport 1000-2308 fwmark 3/3 prohibit
ip route get 10.1.2.9 from 192.0.2.1 mark 0x100 tos 0x08 uid 0 ipproto udp
ip route get 10.1.2.3 from 192.0.2.1
ip route get 10.1.9.9 ipproto tcp
ip route show table all
ip rule add pref 200 fwmark 0x10/0xf0 fwmark 0x100 unreachable
ip route get 127.0.0.1 uid 1500
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip rule show table 100
ip route get 10.1.2.9 mark 7 ipproto 1
ip route show table all
ip route del 10.1.2.0/24 table 300
ip route get 10.1.9.9 iif veth1 mark 0x100
ip rule add pref 32000 dport 1000 iif veth0 oif veth0 prohibit
ip rule add not iif veth0 iif lo tos 0x10 lookup 100
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 ipproto tcp fibmatch
ip rule
ip route show table all
