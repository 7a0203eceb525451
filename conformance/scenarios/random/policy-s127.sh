# Seeded random policy-routing scenario (seed 127), from conformance/generators/policy.ts.
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
ip route add default dev veth2 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add throw 10.1.2.3 metric 10 table 200
ip route add throw default metric 10 table 300
ip route add prohibit 203.0.113.16/28 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add blackhole 0.0.0.0/1 table main
ip route add default via 192.0.2.2 table main
ip route add throw 203.0.113.16/28 metric 10 table main
ip route get 10.0.0.1 iif veth0
ip route show table all
ip rule add pref 100 not sport 1000-1586 iif lo unreachable
ip route get 192.0.2.77 from 198.51.100.1 iif veth0 mark 3 ipproto tcp sport 1000 dport 1000
ip rule add uidrange 0-100 dport 0 goto 200
ip route add 172.16.0.0/12 dev veth2 table main
ip route get 10.0.0.1 oif veth0 ipproto udp sport 1000 dport 1000
ip rule add pref 32000 not iif veth3 ipproto tcp blackhole
ip rule show table 100
ip route get 10.1.9.9 oif veth0 mark 0x100 uid 1500
ip rule add pref 50 iif veth0 sport 2000-2007 unreachable
ip rule add uidrange 0-100 goto 200
ip route add throw default table 300
ip rule list pref 100
ip route get 10.1.2.3 mark 0x13 ipproto udp sport 1500 dport 80
ip rule
ip rule show table 100
ip rule add pref 50 fwmark 7 to 172.16.0.0/12 fwmark 0x100 prohibit
ip route get 127.0.0.1 from 10.1.2.3 tos 0x08
ip rule del oif veth2 iif veth1 nop
ip route get 10.1.9.9 from 192.0.2.1 mark 0x100
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip rule del pref 50
ip rule add uidrange 0-0 to 8.8.8.8 oif veth0 nop
ip route get 10.1.2.3 from 203.0.113.1 oif veth0 ipproto 1 sport 1500 dport 1000
ip route get 198.51.100.1 from 198.51.100.1 oif veth0 fibmatch
ip rule add iif veth0 ipproto 1 nop
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table main
ip rule add pref 50 iif veth3 table 300
ip rule del to 10.1.2.0/24
ip route add unreachable 10.1.2.0/24 metric 10 table 200
ip rule add oif veth0 ipproto tcp iif lo table 200 suppress_ifgroup 5
ip rule show table 100
ip rule del oif veth2
ip -j rule
ip route get 10.1.2.3 from 198.51.100.1 ipproto 1 sport 0 dport 2001
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add blackhole 10.1.2.3 metric 10 table main
ip route get 10.1.2.3 iif veth0 tos 0x10
ip rule add pref 200 to 10.1.2.0/24 table 300
ip route get 198.51.100.1 uid 0 ipproto udp
ip route add 203.0.113.16/28 dev veth1 table 300
ip rule
ip rule list pref 100
ip rule add oif veth0 table 200 suppress_ifgroup 5
ip route get 10.0.0.1
ip route get 192.0.2.77
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route get 8.8.8.8 oif veth2 mark 3
ip rule add pref 32000 to 172.16.0.0/12 nop
ip -j rule
ip rule show
ip route get 10.0.0.1 from 192.0.2.1
ip rule add pref 200 to 172.16.0.0/12 uidrange 0-0 fwmark 3/3 nop
ip route add 10.1.2.3 dev veth0 table 300
ip -d rule
ip rule
ip rule del from 192.0.2.0/24 iif veth1
ip rule add pref 300 from 192.0.2.0/24 uidrange 0-0 to 10.1.2.0/24 table main suppress_prefixlength 16
ip route get 127.0.0.1 tos 0x10
ip rule
ip route show table all
