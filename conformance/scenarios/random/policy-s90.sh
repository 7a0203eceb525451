# Seeded random policy-routing scenario (seed 90), from conformance/generators/policy.ts.
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
ip route add default via 192.0.2.3 metric 10 table 100
ip route add blackhole default table 100
ip route add throw 10.0.0.0/8 table 100
ip route add 10.1.2.3 via 192.0.2.3 metric 10 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add prohibit 172.16.0.0/12 table 300
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route add 10.1.0.0/16 dev veth2 metric 10 table 300
ip route add throw 203.0.113.16/28 table main
ip route add blackhole 203.0.113.16/28 table main
ip route add prohibit default table main
ip rule add fwmark 0x10/0xf0 sport 2000 goto 300
ip rule add pref 32000 fwmark 3/3 lookup 100
ip rule add pref 200 iif veth0 uidrange 0-0 table main suppress_prefixlength 0
ip route add unreachable 10.0.0.0/8 table 300
ip rule add pref 300 iif veth0 tos 0x08 to 8.8.8.8 lookup main
ip route get 10.1.2.3 tos 0x08
ip rule add uidrange 1000-2000 lookup main
ip route get 172.16.1.1 fibmatch
ip route get 127.0.0.1 from 198.51.100.9 oif veth0 uid 0 ipproto udp
ip route get 198.51.100.1 mark 3
ip route del 203.0.113.16/28 table 300
ip route get 192.0.2.77 from 192.0.2.1 oif veth0 mark 7 ipproto 1 sport 2500 dport 80
ip rule add tos 0x08 unreachable
ip route get 192.0.2.77 from 198.51.100.1
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 100
ip route get 10.1.2.3 ipproto 1 sport 0 dport 2001
ip route get 10.1.2.9 from 10.1.2.3
ip rule add sport 0-899 table 300
ip rule show table 100
ip rule del ipproto udp iif veth3 unreachable
ip route get 203.0.113.20 iif veth0 mark 3 tos 0x10
ip route get 10.0.0.1 from 192.0.2.1 tos 0x10
ip rule add pref 200 fwmark 3/3 tos 0x08 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule add ipproto tcp ipproto tcp ipproto tcp nop
ip rule add pref 50 not fwmark 0x100 uidrange 0-0 table 200 suppress_ifgroup 5
ip rule add pref 50 not sport 0 dport 0 lookup 100
ip route show table all
ip route get 8.8.8.8 tos 0x10 ipproto udp sport 1000 dport 80
ip rule del pref 50
ip route get 192.0.2.77
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 300
ip -d rule
ip rule add not dport 0 sport 2000 lookup 200
ip route get 198.51.100.1
ip rule show
ip route del 10.1.2.0/24 table main
ip -d rule
ip rule del uidrange 1000-2000 tos 0x08 goto 200
ip rule add oif veth0 iif veth3 sport 2000 unreachable
ip route get 10.1.9.9 from 203.0.113.5 ipproto udp sport 2500 dport 2001
ip rule add not tos 0x08 nop
ip route get 172.16.1.1 oif veth2 ipproto udp sport 1500 dport 80
ip rule add pref 300 uidrange 0-0 tos 0x08 nop
ip route get 10.1.2.9 from 203.0.113.1 tos 0x08
ip rule
ip rule add pref 300 tos lowdelay fwmark 7 nop
ip route add prohibit 10.0.0.0/8 table 300
ip route show table 200
ip rule add fwmark 3/3 dport 2000 from 10.0.0.0/8 goto 50
ip route get 198.51.100.1 from 10.1.2.3 mark 7 tos 0x08 ipproto udp
ip rule add pref 50 uidrange 1000-2000 table 200 suppress_ifgroup 0
ip rule add pref 32000 to 10.1.2.0/24 fwmark 0x100 lookup main
ip link set veth0 up
ip rule add pref 200 dport 1000 sport 0-1000 lookup 100
ip rule del pref 100
ip route get 10.1.9.9 oif veth2 tos 0x10
ip rule del sport 2000-2945 sport 1000
ip rule add pref 300 not uidrange 0-100 goto 200
ip rule add pref 100 iif veth3 table 200 suppress_ifgroup 5
ip rule
ip route show table all
