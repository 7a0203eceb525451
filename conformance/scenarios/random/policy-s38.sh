# Seeded random policy-routing scenario (seed 38), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add prohibit 10.1.2.0/24 metric 10 table 100
ip route add prohibit default metric 10 table 200
ip route add unreachable 10.1.0.0/16 metric 10 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add throw 10.1.2.0/24 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add 0.0.0.0/1 dev veth1 table main
ip route add 172.16.0.0/12 dev veth0 metric 10 table main
ip route add 172.16.0.0/12 via 198.51.100.2 table main
ip rule del dport 0 to 172.16.0.0/12 blackhole
ip route get 203.0.113.20 from 10.1.2.3 iif veth1 tos 0x10 ipproto udp sport 2500 dport 1000
ip route add 0.0.0.0/1 via 198.51.100.2 table 200
ip route get 203.0.113.20 from 10.1.2.3
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip rule add pref 100 fwmark 7 oif veth2 blackhole
ip rule
ip rule add tos 0x10 iif lo table 200 suppress_ifgroup 5
ip rule del pref 100
ip rule
ip rule add from 10.0.0.0/8 uidrange 0-0 goto 50
ip route get 192.0.2.77 from 198.51.100.9
ip rule del ipproto 1
ip rule add pref 32000 from 192.0.2.0/24 sport 0-1210 goto 32000
ip rule del pref 200
ip -d rule
ip rule add pref 300 sport 0-249 to 10.1.2.0/24 table main suppress_prefixlength 0
ip rule show table 100
ip rule del oif veth2 dport 0-1766
ip route get 10.1.2.9 fibmatch
ip route get 10.1.2.3 from 192.0.2.1 iif veth3 mark 3
ip rule add pref 300 not iif veth1 prohibit
ip route get 203.0.113.20
ip rule add dport 1000-2616 nop
ip rule add ipproto udp nop
ip rule del uidrange 0-0 ipproto udp
ip route get 198.51.100.1 mark 0x100
ip route get 192.0.2.77 from 192.0.2.1 uid 1500
ip rule add pref 32000 sport 2000-3270 ipproto 1 lookup 200
ip rule add pref 50 iif lo oif veth0 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 oif veth2 uid 50
ip rule del to 10.0.0.0/8 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 from 192.0.2.1 mark 7
ip rule del to 10.0.0.0/8 from all
ip route get 10.1.9.9 from 192.0.2.1 uid 50
ip route get 198.51.100.1 from 203.0.113.1 ipproto tcp
ip rule list pref 100
ip rule add pref 200 tos lowdelay table 300
ip route get 203.0.113.20 from 198.51.100.9 uid 0 ipproto udp sport 1000 dport 80
ip rule del to 8.8.8.8 tos 0x10 goto 32000
ip route del 172.16.0.0/12 table 300
ip route add 10.1.2.0/24 dev veth0 table 100
ip rule show table 100
ip route get 10.0.0.1 mark 3
ip route get 10.0.0.1 ipproto 1 sport 2500 dport 1000
ip rule del oif veth2 oif veth2
ip route get 172.16.1.1 uid 1500 ipproto 1 sport 1500 dport 80
ip route del 10.1.2.3 table 300
ip rule add sport 0 fwmark 0x100 from 10.0.0.0/8 table 100 suppress_prefixlength 8
ip rule add pref 100 sport 2000-2514 ipproto 1 goto 300
sysctl -w net.ipv4.ip_forward=1
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route show table all
ip rule add pref 300 iif veth1 nop
ip route get 10.1.2.9
ip rule
ip route get 198.51.100.1 from 192.0.2.1 iif veth1 mark 0x100
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route get 192.0.2.77 from 10.1.2.3
ip route get 192.0.2.77 mark 7 uid 0 ipproto 1 sport 2500 dport 80 fibmatch
ip rule
ip route show table all
