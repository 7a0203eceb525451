# Seeded random policy-routing scenario (seed 200), from conformance/generators/policy.ts.
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
ip route add unreachable 10.0.0.0/8 table 100
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 100
ip route add 10.0.0.0/8 dev veth1 table 100
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 200
ip route add 0.0.0.0/1 dev veth0 table 200
ip route add unreachable 10.1.2.3 metric 10 table 200
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 table 300
ip route add blackhole 203.0.113.16/28 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table main
ip route add prohibit 10.0.0.0/8 table main
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip rule del oif veth0
ip rule add pref 100 dport 0 to 10.1.2.0/24 table 200 suppress_ifgroup 5
ip rule del pref 200
ip rule add pref 200 iif veth1 prohibit
ip route del 10.1.2.0/24 table 300
ip route get 8.8.8.8 from 203.0.113.5 mark 0x13 tos 0x10 uid 1500 fibmatch
ip rule add pref 50 dport 2000 blackhole
ip route show table 200
ip route get 10.1.2.3 uid 0
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 32000 from all dport 2000 nop
ip route show table all
ip route add throw 10.1.0.0/16 table 200
ip route get 127.0.0.1 from 192.0.2.1 oif veth0 mark 7
ip -d rule
ip rule add ipproto tcp uidrange 0-0 prohibit
ip route get 10.1.2.9 ipproto 1
ip route get 10.1.9.9 from 203.0.113.5 mark 0x100 ipproto tcp
ip rule add pref 200 not ipproto udp table 100 suppress_prefixlength 0
ip rule add from all tos lowdelay sport 2000 nop
ip route get 10.1.9.9 from 203.0.113.5 iif veth0
ip route get 8.8.8.8
ip -d rule
ip route get 8.8.8.8 from 203.0.113.5 iif veth0
ip rule add from 192.0.2.0/24 to 8.8.8.8 tos lowdelay prohibit
ip rule add fwmark 0x100 to 8.8.8.8 goto 50
sysctl -w net.ipv4.ip_forward=0
ip rule list pref 100
ip route get 10.1.2.3 from 203.0.113.1 iif veth0 ipproto 1
ip route del 10.1.0.0/16 table main
ip link set veth0 down
ip rule add pref 100 tos 0x10 blackhole
ip rule del pref 32000
ip rule add pref 300 ipproto udp table 200
ip route show table all
ip route get 127.0.0.1 mark 3 tos 0x10 ipproto tcp
ip route get 10.1.9.9 from 198.51.100.9 iif veth0 mark 0x100 tos 0x10 uid 1500
ip rule add from 198.51.100.1 goto 200
ip route add throw 10.0.0.0/8 table 300
ip rule add pref 50 uidrange 0-100 oif veth2 blackhole
ip route get 172.16.1.1 from 203.0.113.5 mark 0x100
ip route del 172.16.0.0/12 table 100
ip -d rule
ip link set veth2 up
ip rule add dport 1000 to 172.16.0.0/12 fwmark 0x100 blackhole
ip route get 127.0.0.1 ipproto udp sport 1500 dport 2001
ip rule show
ip route get 198.51.100.1 mark 7
ip route get 10.0.0.1 mark 3 tos 0x08 uid 0
ip route get 8.8.8.8 from 198.51.100.1 iif veth0 mark 0x13 tos 0x10 ipproto tcp sport 1000 dport 2001
ip rule add pref 300 sport 2000 from 192.0.2.0/24 table main suppress_prefixlength 8
ip route get 10.1.2.3 from 203.0.113.1
ip route get 172.16.1.1
ip route add unreachable default table 300
ip route get 172.16.1.1 from 10.1.2.3 tos 0x08
ip route del default table 300
ip -d rule
ip route add blackhole 203.0.113.16/28 table 300
ip route get 10.1.2.3 iif veth0 fibmatch
ip rule add not iif veth1 iif veth3 table 300
ip rule
ip route show table all
