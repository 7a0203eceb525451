# Seeded random policy-routing scenario (seed 128), from conformance/generators/policy.ts.
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
ip route add throw 10.1.0.0/16 table 100
ip route add throw 10.1.0.0/16 table 100
ip route add blackhole default table 100
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 300
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add 0.0.0.0/1 dev veth0 metric 10 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 table main
ip route add unreachable 10.1.2.3 table main
ip route add throw 10.1.2.3 metric 10 table main
ip route del 203.0.113.16/28 table main
ip -d rule
ip rule show
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule del iif lo nop
ip rule add from 203.0.113.0/28 unreachable
ip rule del tos 0x10 table main suppress_prefixlength 8
ip route show table all
ip -d rule
ip route get 172.16.1.1 iif veth0
ip route get 10.0.0.1 oif veth2 uid 1500
ip route get 172.16.1.1
ip route show table all
ip route get 203.0.113.20 iif veth0 mark 3 ipproto tcp sport 1500 dport 80
ip rule add pref 300 from 10.0.0.0/8 table 200
ip route get 127.0.0.1 from 203.0.113.1 tos 0x10 ipproto udp sport 1500 dport 1000 fibmatch
ip route get 10.1.2.3 mark 0x13 tos 0x08 ipproto udp fibmatch
ip route show table 200
ip rule add pref 300 not from 192.0.2.0/24 tos lowdelay nop
ip route del 10.1.2.3 table 300
ip route get 10.1.9.9 from 203.0.113.1
ip rule add pref 200 not dport 2000 to 8.8.8.8 ipproto tcp table 200 suppress_ifgroup 5
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 100
ip route get 10.1.2.9 oif veth2 fibmatch
ip rule add tos lowdelay iif veth0 lookup 100
ip route get 10.1.2.9 iif veth0
ip rule
ip -j rule
ip route get 10.1.9.9
ip rule show
ip route get 8.8.8.8 from 203.0.113.5 oif veth2
ip rule add pref 50 ipproto 1 iif veth0 lookup 200
ip rule add pref 300 not from 198.51.100.1 to 10.1.2.0/24 table main suppress_prefixlength 0
ip rule add pref 200 ipproto 1 iif veth1 table 300
ip rule add tos 0x08 prohibit
ip route add 203.0.113.16/28 dev veth0 metric 10 table 300
ip route get 172.16.1.1 from 192.0.2.1
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 300
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 300
ip rule add fwmark 7 lookup 200
ip -d rule
ip -d rule
ip rule del oif veth0 ipproto udp ipproto udp
ip rule del sport 2000-2617 table main suppress_prefixlength 0
ip route get 10.1.2.3 from 203.0.113.5 oif veth0 tos 0x08
ip rule
ip rule del pref 32000
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip rule add pref 300 tos 0x10 sport 0 to 172.16.0.0/12 lookup 100
ip route get 10.1.2.3 from 203.0.113.5
ip rule add pref 100 not iif veth1 lookup 100
ip route get 192.0.2.77 oif veth0 uid 50 ipproto tcp
ip route get 127.0.0.1
ip route show table 200
ip rule add pref 32000 uidrange 0-0 fwmark 7 prohibit
ip route get 10.1.9.9 tos 0x08
ip rule show
ip rule del pref 200
ip route get 10.1.2.3 tos 0x10
ip rule
ip rule
ip route show table all
