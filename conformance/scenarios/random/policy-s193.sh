# Seeded random policy-routing scenario (seed 193), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 via 192.0.2.3 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add blackhole 10.1.2.3 table 100
ip route add 10.0.0.0/8 dev veth0 metric 10 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add throw 203.0.113.16/28 metric 10 table 200
ip route add 10.1.0.0/16 via 192.0.2.2 table 300
ip route add unreachable 10.1.0.0/16 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add 10.1.0.0/16 via 192.0.2.3 table main
ip route add blackhole default table main
ip route add throw 172.16.0.0/12 metric 10 table main
ip -d rule
sysctl -w net.ipv4.ip_forward=1
ip route get 10.0.0.1 from 192.0.2.1 iif veth1 mark 7 tos 0x10
ip rule add from 10.0.0.0/8 oif veth2 table main suppress_prefixlength 0
ip route get 10.1.2.9 oif veth0
ip route get 192.0.2.77 iif veth1 mark 3 uid 0
ip rule add iif veth0 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 uid 50
ip route get 192.0.2.77 from 192.0.2.1
ip route get 10.1.9.9 iif veth0 mark 0x13
ip rule add pref 32000 fwmark 3/3 unreachable
ip route get 127.0.0.1 from 198.51.100.1 ipproto udp sport 0 dport 80
ip route get 10.1.2.3 uid 50 ipproto 1 sport 1500 dport 1000
ip rule add from 192.0.2.0/24 table 200
ip route get 10.1.9.9 oif veth2 tos 0x10 uid 1500 ipproto 1 sport 1000 dport 80
ip route get 127.0.0.1 from 192.0.2.1 ipproto 1 sport 2500 dport 80 fibmatch
ip route get 203.0.113.20 from 10.1.2.3 uid 1500 ipproto tcp
ip rule add pref 50 not ipproto udp to 10.1.2.0/24 table 100 suppress_prefixlength 8
ip rule show
ip route get 8.8.8.8 from 203.0.113.5 oif veth2 uid 1500
ip route add blackhole default table 200
ip rule show table 100
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip route del 0.0.0.0/1 table 100
ip route get 10.1.2.3 iif veth1 ipproto 1 sport 1500 dport 80
sysctl -w net.ipv4.ip_forward=1
ip -j rule
ip -d rule
ip rule list pref 100
ip route get 8.8.8.8 iif veth0
ip route get 198.51.100.1 iif veth3 tos 0x10
ip rule add fwmark 3/3 oif veth2 to 172.16.0.0/12 table 100
ip rule add iif lo iif lo dport 1000-2453 table main suppress_prefixlength 0
ip rule add iif veth1 prohibit
ip rule add pref 100 not oif veth2 oif veth0 ipproto 1 blackhole
ip rule add pref 300 uidrange 0-100 from 198.51.100.1 goto 100
ip route del 10.1.2.3 table main
ip route add unreachable 0.0.0.0/1 table main
ip route get 127.0.0.1 from 203.0.113.5
ip route get 10.0.0.1 oif veth0 ipproto udp sport 2500 dport 1000
sysctl -w net.ipv4.ip_forward=1
ip route show table 200
ip rule del oif veth2
ip rule list pref 100
ip route get 8.8.8.8
ip route get 10.1.9.9 from 198.51.100.1
ip route get 10.0.0.1 from 198.51.100.1 oif veth2 uid 0 ipproto udp sport 0 dport 2001
ip rule add pref 300 ipproto udp table 200
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 from 10.1.2.3 iif veth3
ip route get 8.8.8.8 ipproto 1
ip route add throw 10.1.2.3 table main
ip route get 10.1.9.9 mark 3 ipproto udp sport 1500 dport 80
ip route show table all
ip -d rule
ip rule add tos 0x10 table 200 suppress_ifgroup 5
ip route add 10.1.2.0/24 via 192.0.2.2 table 200
ip rule add oif veth0 blackhole
ip rule add pref 200 tos 0x08 iif veth0 goto 32000
ip rule add pref 200 dport 1000 table 200 suppress_ifgroup 0
ip rule
ip route show table all
