# Seeded random policy-routing scenario (seed 74), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 via 192.0.2.3 table 100
ip route add blackhole default table 100
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add unreachable 10.1.0.0/16 table 300
ip route add prohibit 10.0.0.0/8 metric 10 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 300
ip route add prohibit 10.1.2.0/24 table main
ip route add 10.1.2.3 dev veth0 table main
ip route add unreachable 10.1.2.0/24 table main
ip rule add iif lo ipproto 1 table 200
ip route show table 200
ip route get 8.8.8.8 mark 7
ip route add unreachable 10.1.0.0/16 table 100
ip route get 10.1.2.9 from 198.51.100.9 iif veth0
ip rule add dport 0 lookup 100
ip rule del not tos 0x10 to 10.0.0.0/8
ip rule add from 192.0.2.0/24 dport 0-9 dport 0 goto 100
ip route get 192.0.2.77 mark 3 tos 0x08
ip rule
ip route get 8.8.8.8 from 192.0.2.1
ip route get 8.8.8.8 from 10.1.2.3
ip route del 0.0.0.0/1 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 100
ip rule show table 100
ip rule show table 100
ip rule del pref 200
ip rule add pref 200 oif veth2 blackhole
ip route get 10.0.0.1 tos 0x10 fibmatch
ip -d rule
ip rule add not sport 0-782 unreachable
ip rule add not ipproto tcp nop
ip route add 172.16.0.0/12 dev veth0 table 200
ip route get 172.16.1.1 from 203.0.113.5 mark 0x13 ipproto udp sport 1500 dport 80
ip rule list pref 100
ip rule del pref 300
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route get 203.0.113.20 from 10.1.2.3 mark 0x13 uid 0
ip rule del fwmark 0x10/0xf0 to 10.1.2.0/24 sport 0
ip route get 192.0.2.77 mark 0x100
ip rule add pref 50 tos 0x10 lookup main
ip route get 8.8.8.8 from 10.1.2.3 iif veth3 mark 0x100 ipproto tcp sport 1000 dport 2001
ip -d rule
ip route get 198.51.100.1 tos 0x08
ip rule add pref 300 iif veth0 tos 0x08 ipproto tcp prohibit
ip route get 8.8.8.8 from 192.0.2.1 oif veth0 ipproto udp sport 2500 dport 80
ip rule add uidrange 0-0 ipproto udp lookup 100
ip route get 172.16.1.1
ip rule add pref 50 oif veth0 ipproto udp unreachable
ip route get 198.51.100.1 from 203.0.113.5
ip rule add pref 32000 ipproto udp lookup main
ip rule show table 100
ip rule add pref 300 from 192.0.2.0/24 dport 0 tos 0x10 table 200 suppress_ifgroup 0
ip rule add not ipproto tcp prohibit
ip rule add pref 200 not fwmark 7 table 200 suppress_ifgroup 0
ip rule add to 172.16.0.0/12 uidrange 0-100 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 iif veth1 tos 0x10
ip route add 10.1.0.0/16 dev veth0 table 100
ip rule
ip rule add pref 32000 fwmark 7 iif veth3 table main suppress_prefixlength 16
ip route add 172.16.0.0/12 dev veth0 table 300
ip rule show table 100
ip route get 192.0.2.77 iif veth3 uid 1500 ipproto udp
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 300
ip rule show
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 iif veth0
ip rule add pref 100 from 198.51.100.1 dport 0 table 200 suppress_ifgroup 5
ip rule add pref 300 tos 0x10 sport 0 fwmark 3/3 table 200 suppress_ifgroup 5
ip rule show table 100
ip rule
ip route show table all
