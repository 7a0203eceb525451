# Seeded random policy-routing scenario (seed 189), from conformance/generators/policy.ts.
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
ip route add unreachable 203.0.113.16/28 table 100
ip route add prohibit default table 100
ip route add 10.1.2.3 dev veth0 table 100
ip route add throw 10.1.2.0/24 table 200
ip route add 10.1.2.3 dev veth0 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add default dev veth0 table 300
ip route add throw 0.0.0.0/1 table 300
ip route add 10.0.0.0/8 dev veth0 metric 10 table 300
ip route add unreachable 10.1.2.0/24 table main
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add blackhole 172.16.0.0/12 table main
ip -j rule
ip route get 198.51.100.1
ip route get 192.0.2.77 from 198.51.100.1 iif veth0 mark 0x100
ip route get 10.1.2.3 from 192.0.2.1 mark 7 ipproto tcp sport 1500 dport 1000
ip route add unreachable 10.1.0.0/16 table main
ip rule add tos 0x10 iif veth3 nop
ip route del 172.16.0.0/12 table 200
ip rule add pref 32000 to 10.0.0.0/8 table 100
ip rule show table 100
ip route get 172.16.1.1
ip route del 10.1.2.0/24 table 300
ip rule add from 203.0.113.0/28 blackhole
ip rule show table 100
ip rule
ip rule del uidrange 0-100 uidrange 0-100 from all table main suppress_prefixlength 8
ip rule add pref 32000 sport 2000-3274 ipproto tcp from all table 100 suppress_prefixlength 16
ip rule add not oif veth0 ipproto 1 iif veth1 table 300
ip rule add sport 0 to 172.16.0.0/12 table main suppress_prefixlength 0
ip route del default table main
ip route get 198.51.100.1 oif veth2 mark 7 uid 50
ip rule add pref 32000 ipproto tcp unreachable
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip rule add not from 203.0.113.0/28 table 200 suppress_ifgroup 0
ip route get 198.51.100.1 from 203.0.113.1 iif veth3 uid 50
ip route add prohibit 10.1.2.0/24 table 300
ip rule del not ipproto 1 from 203.0.113.0/28 table 200
ip route del 0.0.0.0/1 table 200
ip rule add pref 100 to 10.1.2.0/24 iif lo oif veth0 lookup 100
ip rule add pref 100 dport 2000 tos 0x10 iif veth0 prohibit
ip route get 10.0.0.1 from 192.0.2.1 tos 0x08 ipproto udp sport 2500 dport 80
ip rule add not ipproto tcp table 200 suppress_ifgroup 0
ip rule del to 172.16.0.0/12 nop
ip link set veth2 up
ip rule add pref 100 iif veth1 dport 2000 blackhole
ip rule add pref 100 iif veth3 from 10.0.0.0/8 sport 0 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 tos 0x10
ip rule add ipproto tcp goto 200
ip rule add pref 200 not iif lo ipproto tcp iif veth0 prohibit
ip rule add pref 300 to 10.1.2.0/24 to 10.0.0.0/8 unreachable
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 from 203.0.113.1 ipproto udp sport 0 dport 80
ip route get 10.1.2.3 from 203.0.113.1 mark 0x100 uid 0
ip rule add iif veth3 from 198.51.100.1 table 100 suppress_prefixlength 16
ip route get 203.0.113.20 iif veth3 mark 0x100 uid 1500
ip rule list pref 100
ip rule del to 172.16.0.0/12 fwmark 7 ipproto udp nop
ip route show table 200
ip route get 192.0.2.77 from 192.0.2.1 oif veth2 mark 0x13
ip route get 172.16.1.1
ip route add unreachable 10.1.2.3 table 300
ip route get 192.0.2.77 oif veth0 mark 3 tos 0x10
ip route get 198.51.100.1 iif veth3
ip route show table all
ip route show table all
ip route get 198.51.100.1
sysctl -w net.ipv4.ip_forward=1
ip route get 198.51.100.1 mark 0x13
ip route show table all
ip route add unreachable 10.0.0.0/8 table 300
ip route add 203.0.113.16/28 dev veth2 table 300
ip rule
ip route show table all
