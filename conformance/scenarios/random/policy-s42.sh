# Seeded random policy-routing scenario (seed 42), from conformance/generators/policy.ts.
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
ip route add prohibit 172.16.0.0/12 table 100
ip route add 172.16.0.0/12 dev veth2 table 100
ip route add 10.1.2.0/24 via 192.0.2.2 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 table 200
ip route add prohibit 172.16.0.0/12 metric 10 table 200
ip route add throw 0.0.0.0/1 metric 10 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 300
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add 10.0.0.0/8 dev veth0 table 300
ip route add prohibit 10.0.0.0/8 table main
ip route add unreachable 10.1.2.0/24 table main
ip route add 10.1.2.0/24 dev veth1 metric 10 table main
ip route get 10.1.9.9 from 198.51.100.9
ip rule add to 10.0.0.0/8 unreachable
ip route get 10.1.2.3 from 203.0.113.1 iif veth0 mark 0x13
ip route get 203.0.113.20
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable 203.0.113.16/28 table 100
ip route add prohibit 10.1.2.3 metric 10 table 200
ip rule add pref 32000 oif veth2 table 200 suppress_ifgroup 5
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route get 10.0.0.1 ipproto tcp
ip route get 203.0.113.20 from 10.1.2.3 mark 0x13 ipproto 1
ip route get 127.0.0.1 from 10.1.2.3 mark 3
sysctl -w net.ipv4.ip_forward=0
ip route show table 200
ip route add unreachable 172.16.0.0/12 table 200
ip rule add sport 1000-1223 ipproto 1 table 200 suppress_ifgroup 5
ip route add blackhole 10.1.0.0/16 table 100
ip route get 127.0.0.1 tos 0x08 ipproto 1 fibmatch
ip rule add uidrange 1000-2000 fwmark 0x10/0xf0 table 300
ip rule add from 198.51.100.1 unreachable
ip route get 10.1.2.9 from 203.0.113.1 iif veth0 uid 50
ip route get 8.8.8.8 from 10.1.2.3 iif veth1
ip rule add tos 0x10 dport 1000-2309 prohibit
ip route show table 200
ip route get 172.16.1.1 from 198.51.100.9 iif veth3 tos 0x10
ip route get 10.1.2.3 oif veth2 tos 0x08 uid 50
ip rule del dport 1000 fwmark 0x10/0xf0 lookup 200
ip rule add uidrange 0-100 dport 0 prohibit
ip rule add pref 50 ipproto udp goto 50
ip rule add to 172.16.0.0/12 to 172.16.0.0/12 table 200
ip rule list pref 100
ip route get 10.1.9.9 from 198.51.100.9 oif veth0
ip route get 203.0.113.20 ipproto 1
ip rule add pref 300 tos 0x08 prohibit
ip rule show table 100
ip rule add pref 300 oif veth2 dport 1000 prohibit
ip route get 172.16.1.1 iif veth0 uid 50
ip route add prohibit 10.1.0.0/16 metric 10 table main
ip rule add pref 300 ipproto 1 uidrange 1000-2000 from 192.0.2.0/24 unreachable
ip route get 198.51.100.1 uid 50
ip rule add pref 300 not to 8.8.8.8 tos lowdelay goto 200
ip route get 172.16.1.1 from 203.0.113.1 fibmatch
ip rule show table 100
ip route add 172.16.0.0/12 dev veth1 table main
ip route add 10.1.0.0/16 dev veth2 metric 10 table 300
sysctl -w net.ipv4.conf.veth3.rp_filter=2
ip route get 10.1.2.3 from 203.0.113.5 mark 7 ipproto 1 sport 1000 dport 1000
ip rule add ipproto 1 oif veth0 tos 0x08 table main suppress_prefixlength 8
ip route add blackhole default table 200
ip rule
ip route get 10.1.2.3 from 203.0.113.5 oif veth0 fibmatch
ip route get 198.51.100.1 from 10.1.2.3 iif veth3
sysctl -w net.ipv4.ip_forward=0
ip route add prohibit 203.0.113.16/28 table 100
ip route del 0.0.0.0/1 table 100
ip rule add pref 50 to 10.0.0.0/8 tos 0x10 table 200
ip route get 10.1.2.3 mark 3
ip route del 203.0.113.16/28 table 200
ip rule del iif veth0 uidrange 1000-2000 sport 2000 blackhole
ip rule show
ip rule
ip route show table all
