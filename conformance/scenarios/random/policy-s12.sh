# Seeded random policy-routing scenario (seed 12), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 metric 10 table 100
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 table 200
ip route add throw 203.0.113.16/28 table 300
ip route add 0.0.0.0/1 dev veth1 metric 10 table 300
ip route add 10.0.0.0/8 dev veth1 table 300
ip route add 172.16.0.0/12 dev veth1 metric 10 table main
ip route add unreachable 172.16.0.0/12 table main
ip route add throw 172.16.0.0/12 table main
ip rule add dport 1000 oif veth0 table 200 suppress_ifgroup 0
ip rule show table 100
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 200
ip route add prohibit 10.1.0.0/16 table 300
ip route get 10.0.0.1 oif veth0 uid 0 ipproto tcp sport 1000 dport 80
ip route get 10.0.0.1 from 203.0.113.1 iif veth1 uid 0 ipproto tcp sport 1000 dport 2001
ip route get 10.1.2.9
ip rule add to 172.16.0.0/12 to 10.1.2.0/24 goto 300
ip route del 10.0.0.0/8 table main
ip route del 10.1.0.0/16 table 300
ip route get 10.1.2.3 iif veth3
ip route get 10.1.9.9 iif veth0 tos 0x08
ip rule del pref 50
ip route del 10.1.0.0/16 table 200
ip route get 10.1.2.9
ip route get 10.0.0.1 mark 0x13
sysctl -w net.ipv4.ip_forward=0
ip rule show table 100
ip route del 172.16.0.0/12 table 200
ip route get 127.0.0.1 from 198.51.100.9 iif veth1
ip route get 10.0.0.1 from 192.0.2.1 oif veth2 tos 0x10
ip rule add pref 100 iif lo lookup 200
ip route get 203.0.113.20 from 203.0.113.1
ip rule show
ip rule show table 100
ip route get 192.0.2.77 from 10.1.2.3 oif veth0
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip rule del pref 50
ip rule show table 100
ip rule add pref 32000 tos 0x10 goto 100
ip route add throw 172.16.0.0/12 table 300
ip route get 10.1.2.9 iif veth3 mark 7 tos 0x08
ip route get 172.16.1.1
ip route get 10.1.2.9
ip route get 198.51.100.1 from 203.0.113.5 uid 1500
ip route get 10.1.2.9 from 203.0.113.1 iif veth1 fibmatch
ip route get 192.0.2.77 uid 0 ipproto tcp sport 1500 dport 2001
ip rule list pref 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip rule add pref 300 to 172.16.0.0/12 from 10.0.0.0/8 sport 2000-2490 unreachable
ip route get 192.0.2.77 from 198.51.100.9 iif veth3 mark 7
ip route get 8.8.8.8 iif veth1 ipproto tcp sport 1500 dport 2001
ip route get 10.0.0.1 oif veth2 mark 0x100 tos 0x08
ip route add 10.1.2.0/24 dev veth0 metric 10 table 300
ip route get 198.51.100.1
ip -j rule
ip rule add pref 32000 oif veth0 unreachable
ip route get 10.0.0.1 ipproto 1 sport 0 dport 2001
ip route add blackhole default metric 10 table main
ip route get 127.0.0.1 fibmatch
ip route get 127.0.0.1 iif veth1
ip route get 172.16.1.1 from 198.51.100.1 oif veth0 tos 0x10 ipproto 1 sport 2500 dport 80
ip rule add pref 50 sport 1000-2270 to 172.16.0.0/12 uidrange 1000-2000 table main suppress_prefixlength 8
ip route get 198.51.100.1 from 203.0.113.5 iif veth3 mark 0x100
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 32000 iif veth0 to 10.1.2.0/24 table main suppress_prefixlength 0
ip route show table 200
ip route get 10.1.2.9 from 203.0.113.5 iif veth3 ipproto udp sport 1500 dport 80
ip rule add not ipproto 1 prohibit
ip rule
ip route show table all
