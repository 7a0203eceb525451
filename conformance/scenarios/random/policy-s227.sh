# Seeded random policy-routing scenario (seed 227), from conformance/generators/policy.ts.
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
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add throw 10.1.2.0/24 table 100
ip route add 10.1.2.3 via 203.0.113.2 metric 10 table 100
ip route add blackhole 10.1.2.0/24 table 200
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add unreachable 0.0.0.0/1 table 300
ip route add blackhole default table 300
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 table main
ip route add throw 10.1.0.0/16 table main
ip route add 203.0.113.16/28 via 192.0.2.3 table main
ip route add 10.1.0.0/16 via 203.0.113.2 table 200
ip route get 8.8.8.8
ip route get 127.0.0.1 from 198.51.100.9 mark 3 ipproto udp sport 1500 dport 80
ip rule list pref 100
ip rule add tos lowdelay from all lookup 100
ip rule del dport 1000-2766 tos 0x10 unreachable
ip -d rule
ip route get 10.1.9.9 ipproto udp sport 2500 dport 1000
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route get 10.1.2.3 from 198.51.100.9 fibmatch
ip route get 10.1.9.9 mark 3
ip rule add pref 32000 tos lowdelay table 300
ip route get 172.16.1.1
ip route get 172.16.1.1 iif veth1 mark 3
sysctl -w net.ipv4.ip_forward=1
ip rule add ipproto 1 fwmark 7 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 mark 0x100 ipproto 1 sport 1500 dport 1000
ip rule add not uidrange 1000-2000 to 10.0.0.0/8 lookup 200
ip route get 8.8.8.8
sysctl -w net.ipv4.ip_forward=0
ip rule show
ip route get 127.0.0.1 iif veth0
ip rule show table 100
ip route get 203.0.113.20 from 203.0.113.5 iif veth1 ipproto 1 sport 0 dport 2001
ip rule add pref 200 iif veth3 iif veth0 ipproto 1 prohibit
ip route show table 200
ip rule del pref 50
ip rule add pref 32000 tos lowdelay unreachable
ip route get 10.1.2.3
ip route get 198.51.100.1 mark 0x13
ip rule add pref 200 fwmark 0x10/0xf0 unreachable
ip route show table 200
ip rule del tos 0x08 oif veth2 uidrange 0-0 lookup main
ip route get 10.1.2.9 fibmatch
ip route add unreachable 10.0.0.0/8 table main
ip route get 10.1.2.9 from 10.1.2.3 iif veth3 ipproto tcp
ip route get 10.0.0.1 oif veth2 mark 0x13 uid 50
ip rule show table 100
ip rule show table 100
ip rule del iif veth0 dport 0-1203 prohibit
ip route get 192.0.2.77 from 198.51.100.1 iif veth3 tos 0x08
ip link set veth0 up
ip rule add from 192.0.2.0/24 to 10.0.0.0/8 table main suppress_prefixlength 16
ip route get 10.0.0.1 iif veth3 tos 0x10 uid 1500
ip rule
ip route add blackhole 0.0.0.0/1 table 200
ip route get 198.51.100.1 from 10.1.2.3 iif veth3
ip route add blackhole 10.1.2.3 table 100
ip route del 10.1.2.3 table 300
ip route get 172.16.1.1
ip route show table all
ip rule add not iif veth0 goto 200
ip rule add not ipproto udp dport 2000 table 200 suppress_ifgroup 5
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table main
ip rule list pref 100
ip route show table all
ip rule list pref 100
ip route get 172.16.1.1 oif veth0 ipproto udp sport 0 dport 80
ip rule add pref 100 uidrange 0-0 sport 2000-2787 table 300
sysctl -w net.ipv4.ip_forward=0
ip rule
ip route show table all
