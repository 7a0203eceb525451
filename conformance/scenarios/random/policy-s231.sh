# Seeded random policy-routing scenario (seed 231), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table 100
ip route add 10.0.0.0/8 dev veth1 metric 10 table 100
ip route add default via 198.51.100.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 metric 10 table 200
ip route add unreachable default table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add 203.0.113.16/28 dev veth2 metric 10 table 300
ip route add 10.1.2.3 dev veth0 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add throw 10.1.2.0/24 table main
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table main
ip route add prohibit 0.0.0.0/1 metric 10 table main
ip rule add pref 50 iif veth1 oif veth0 table 200 suppress_ifgroup 5
ip rule add pref 100 from 203.0.113.0/28 sport 1000 uidrange 1000-2000 unreachable
ip rule del tos 0x10
ip route del 203.0.113.16/28 table 200
ip route get 10.1.2.9 mark 7 ipproto 1
ip rule add tos 0x10 dport 0-258 iif veth0 table 300
ip route get 198.51.100.1 iif veth0 tos 0x08
ip rule
ip rule add pref 200 not fwmark 0x100 fwmark 0x100 prohibit
ip route get 192.0.2.77 from 198.51.100.1 mark 3 tos 0x10 ipproto udp sport 1500 dport 1000 fibmatch
ip rule add pref 32000 oif veth0 tos 0x10 unreachable
ip rule add pref 32000 iif veth1 blackhole
ip route get 10.1.2.3 mark 0x100
ip rule add pref 50 tos 0x10 prohibit
ip route del 10.1.2.3 table 100
ip route get 172.16.1.1 oif veth0 mark 0x13 uid 0 ipproto udp sport 1000 dport 1000
ip rule add from 203.0.113.0/28 iif lo nop
ip rule add pref 200 not sport 2000 iif veth0 prohibit
ip rule del from 198.51.100.1
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 ipproto udp
ip route get 192.0.2.77 from 192.0.2.1 iif veth3 mark 7 ipproto tcp
ip rule show table 100
ip rule add pref 300 dport 1000-2365 goto 200
ip rule add uidrange 0-100 table 100
ip route get 10.0.0.1 oif veth0
ip rule del pref 32000
ip route get 10.1.2.9 from 198.51.100.1
ip rule del fwmark 3/3 uidrange 0-0
ip route get 10.0.0.1 from 203.0.113.1 iif veth1 mark 7 tos 0x08
sysctl -w net.ipv4.ip_forward=1
ip rule list pref 100
ip route get 198.51.100.1 from 203.0.113.1
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip rule add pref 50 dport 1000-2932 sport 0 goto 300
ip route get 10.1.9.9 from 192.0.2.1 uid 50
ip route add 0.0.0.0/1 dev veth1 table 200
ip rule
ip route get 10.1.2.9 oif veth0 mark 3 tos 0x10 fibmatch
ip rule del iif lo iif veth1
ip rule
ip rule add pref 200 not dport 1000-2644 prohibit
ip route add throw 10.0.0.0/8 table 100
ip route get 10.1.9.9 iif veth3 mark 0x13
ip -d rule
ip route get 203.0.113.20 mark 0x13 ipproto udp sport 2500 dport 80
ip rule add pref 50 not oif veth0 nop
ip route add 10.1.2.0/24 via 192.0.2.2 table main
ip rule del ipproto udp
ip route get 10.1.9.9 from 203.0.113.5 oif veth2
ip route add 10.0.0.0/8 dev veth0 metric 10 table 100
ip route get 172.16.1.1 from 192.0.2.1 iif veth0
ip route get 198.51.100.1
ip route get 172.16.1.1
ip route get 192.0.2.77 from 10.1.2.3 ipproto 1 sport 1500 dport 80
ip rule add dport 1000-2861 iif veth0 table 200 suppress_ifgroup 5
ip rule add dport 0-1431 unreachable
ip -d rule
ip route get 127.0.0.1 from 203.0.113.5
ip route get 8.8.8.8 from 203.0.113.1 oif veth2 tos 0x08 uid 50
ip rule
ip route show table all
