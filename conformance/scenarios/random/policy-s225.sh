# Seeded random policy-routing scenario (seed 225), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth0 table 100
ip route add throw 10.1.2.3 table 100
ip route add 10.0.0.0/8 dev veth0 table 100
ip route add blackhole 172.16.0.0/12 table 200
ip route add 10.1.2.3 dev veth1 table 200
ip route add blackhole 0.0.0.0/1 table 200
ip route add 172.16.0.0/12 dev veth0 table 300
ip route add 0.0.0.0/1 dev veth1 table 300
ip route add 0.0.0.0/1 dev veth2 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip route add prohibit 10.1.2.0/24 table main
ip route add 10.1.0.0/16 via 192.0.2.3 table main
ip -d rule
ip rule add not tos lowdelay blackhole
ip route get 203.0.113.20 iif veth1 mark 7 tos 0x10
ip rule list pref 100
ip rule add pref 100 not ipproto tcp table 200
ip -j rule
ip -d rule
ip route get 10.1.9.9 from 198.51.100.9 ipproto udp sport 1500 dport 2001
ip route get 10.0.0.1 from 203.0.113.1 tos 0x10 ipproto udp
ip rule add pref 100 ipproto tcp tos 0x10 lookup 200
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route show table all
ip route get 127.0.0.1
ip rule add pref 50 iif veth3 table 100
ip rule del tos 0x10 uidrange 0-0 dport 0
ip route get 172.16.1.1 mark 7
ip route del default table 100
ip -j rule
ip rule show
ip route get 198.51.100.1 iif veth0 fibmatch
ip route show table all
ip rule del dport 2000-3900 blackhole
ip route del 0.0.0.0/1 table 300
ip route get 10.1.2.9 ipproto 1 sport 0 dport 80
ip route del 10.1.0.0/16 table main
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip rule add fwmark 7 goto 50
ip rule
ip -j rule
ip route get 127.0.0.1 ipproto 1 sport 2500 dport 2001
ip route get 10.0.0.1 uid 1500 ipproto 1 sport 1000 dport 2001
ip route get 10.1.2.3 from 10.1.2.3 tos 0x08
ip rule add oif veth0 from 203.0.113.0/28 to 8.8.8.8 unreachable
ip rule show table 100
ip route get 10.1.2.3 from 198.51.100.1 oif veth2
sysctl -w net.ipv4.ip_forward=1
ip route del default table main
ip rule add pref 200 tos lowdelay sport 1000 tos 0x08 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 oif veth0 fibmatch
ip rule add pref 32000 from all tos 0x08 table main suppress_prefixlength 8
ip rule add iif lo nop
ip rule add pref 50 to 172.16.0.0/12 tos lowdelay iif veth3 table 200 suppress_ifgroup 0
ip rule add tos lowdelay oif veth0 sport 1000 unreachable
ip route get 10.1.2.9 uid 50 fibmatch
ip route del 10.1.2.0/24 table 200
ip rule add oif veth0 dport 0-191 nop
ip rule del pref 200
ip rule add pref 32000 oif veth2 to 8.8.8.8 table 200 suppress_ifgroup 0
ip rule add pref 32000 to 10.1.2.0/24 oif veth2 table 200 suppress_ifgroup 5
ip route get 10.1.9.9 oif veth2 uid 0
ip rule show
ip rule show table 100
ip route add throw 10.1.0.0/16 metric 10 table 100
ip route del 172.16.0.0/12 table 300
ip route get 10.1.2.3
ip rule show table 100
ip rule add pref 32000 not to 172.16.0.0/12 sport 2000 unreachable
ip route del 10.1.2.3 table main
ip rule add pref 50 not sport 1000 goto 50
sysctl -w net.ipv4.ip_forward=1
ip rule
ip route show table all
