# Seeded random policy-routing scenario (seed 52), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip route add unreachable 10.1.2.3 metric 10 table 100
ip route add blackhole 10.1.2.3 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add 10.1.2.3 dev veth2 metric 10 table 200
ip route add throw 10.1.0.0/16 table 300
ip route add throw 203.0.113.16/28 table 300
ip route add unreachable 172.16.0.0/12 table 300
ip route add throw 203.0.113.16/28 table main
ip route add blackhole 10.1.0.0/16 table main
ip route add 203.0.113.16/28 dev veth0 table main
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route add blackhole 10.0.0.0/8 metric 10 table 200
ip route del 10.0.0.0/8 table 300
ip rule add pref 300 to 10.0.0.0/8 unreachable
ip route get 192.0.2.77 iif veth1 mark 3 tos 0x10
ip rule add pref 100 not iif lo unreachable
ip route get 10.1.9.9 ipproto tcp
ip rule del pref 100
ip rule add pref 50 fwmark 0x10/0xf0 oif veth2 table 200 suppress_ifgroup 0
ip rule del oif veth0 from 10.0.0.0/8 table 100 suppress_prefixlength 0
ip route get 172.16.1.1 from 198.51.100.1 iif veth0
ip route get 10.1.9.9 from 192.0.2.1 mark 0x13 uid 1500 ipproto tcp sport 1500 dport 2001
ip rule add pref 50 not tos lowdelay from 10.0.0.0/8 prohibit
ip rule add sport 0-296 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 192.0.2.1 tos 0x08 ipproto udp
ip route del 0.0.0.0/1 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 100 uidrange 1000-2000 prohibit
ip route get 10.0.0.1 from 10.1.2.3 iif veth3 mark 0x13
ip route get 192.0.2.77 iif veth3
ip route get 10.1.9.9 from 203.0.113.1 oif veth2 uid 50 ipproto udp sport 0 dport 2001
ip rule add pref 200 ipproto udp to 8.8.8.8 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 from 198.51.100.9
ip route get 172.16.1.1 from 198.51.100.9 oif veth2
ip route get 8.8.8.8 oif veth2 uid 50
ip rule add not tos lowdelay from 198.51.100.1 to 172.16.0.0/12 unreachable
ip route get 8.8.8.8 iif veth3
ip rule add pref 200 tos 0x08 prohibit
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 iif veth1 fibmatch
ip rule del fwmark 7 table 100
ip route show table all
ip rule add pref 200 oif veth2 uidrange 0-100 oif veth0 table 200
ip rule add pref 100 oif veth0 unreachable
ip rule show
sysctl -w net.ipv4.ip_forward=1
ip rule add from 10.0.0.0/8 sport 0-111 nop
ip route get 203.0.113.20 from 203.0.113.1 iif veth0 mark 7 tos 0x10
ip route get 10.1.2.9 from 198.51.100.1
ip rule list pref 100
ip rule add dport 1000 table 200 suppress_ifgroup 5
ip route get 10.1.2.9 ipproto tcp sport 2500 dport 80
ip route get 10.1.2.9 from 198.51.100.1
ip route get 10.0.0.1 from 203.0.113.1 uid 50 ipproto udp sport 0 dport 2001
ip rule add iif lo oif veth2 unreachable
ip rule add pref 50 tos 0x08 to 8.8.8.8 goto 50
ip route get 127.0.0.1 iif veth3 tos 0x08
ip rule add pref 300 iif lo ipproto 1 lookup 100
ip rule add oif veth2 uidrange 0-100 prohibit
ip route show table 200
ip rule del not uidrange 0-0 from 203.0.113.0/28 uidrange 1000-2000 unreachable
ip route get 172.16.1.1 mark 0x100 fibmatch
ip rule add pref 200 iif veth3 fwmark 3/3 lookup 200
ip rule add not fwmark 3/3 fwmark 7 from 10.0.0.0/8 goto 100
ip rule add pref 100 not oif veth0 to 8.8.8.8 goto 300
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add unreachable 10.1.0.0/16 table main
ip rule add pref 300 sport 0 ipproto tcp prohibit
ip rule add pref 300 iif veth1 tos 0x10 table 300
ip rule
ip route show table all
