# Seeded random policy-routing scenario (seed 142), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth0 table 100
ip route add 172.16.0.0/12 via 192.0.2.3 table 100
ip route add throw 10.1.0.0/16 table 100
ip route add 10.1.2.3 dev veth2 metric 10 table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 200
ip route add blackhole 10.0.0.0/8 metric 10 table 200
ip route add throw 10.1.2.3 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 table 300
ip route add 203.0.113.16/28 dev veth0 metric 10 table main
ip route add throw 10.0.0.0/8 table main
ip route add throw 10.1.2.3 table main
ip route get 172.16.1.1 tos 0x08 fibmatch
ip route get 198.51.100.1 from 10.1.2.3 ipproto 1 sport 2500 dport 2001
ip route get 8.8.8.8 ipproto tcp sport 1000 dport 2001
ip -j rule
ip rule add from 10.0.0.0/8 tos 0x10 uidrange 0-100 prohibit
ip route get 10.0.0.1 from 10.1.2.3 iif veth1 ipproto 1 sport 1000 dport 1000
ip rule add uidrange 0-0 table 100
ip route get 172.16.1.1 iif veth0
ip -d rule
ip rule del pref 100
ip route get 10.1.9.9 from 192.0.2.1 fibmatch
ip rule list pref 100
ip -d rule
ip rule show
ip route del 172.16.0.0/12 table 200
ip route del 10.1.2.3 table main
ip route get 10.0.0.1
ip route get 8.8.8.8 from 10.1.2.3 ipproto udp sport 1000 dport 2001
ip rule add not uidrange 1000-2000 to 8.8.8.8 lookup 100
ip route get 10.1.2.9
ip route add 172.16.0.0/12 via 192.0.2.2 table 100
ip rule add pref 100 fwmark 3/3 tos 0x08 table 100 suppress_prefixlength 8
ip route add 0.0.0.0/1 dev veth0 metric 10 table 100
ip rule add pref 300 to 8.8.8.8 table main suppress_prefixlength 16
ip route get 10.1.2.3 uid 50
ip rule add pref 100 oif veth2 sport 1000-2608 unreachable
ip rule del pref 300
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 200
ip rule add pref 32000 tos 0x10 nop
ip route get 198.51.100.1 tos 0x10
ip route add 10.0.0.0/8 dev veth1 table 200
ip route get 203.0.113.20 ipproto tcp sport 1000 dport 1000
ip route get 10.1.9.9 from 198.51.100.1
ip rule show
ip route add blackhole 10.0.0.0/8 metric 10 table main
sysctl -w net.ipv4.ip_forward=0
ip route get 172.16.1.1 from 192.0.2.1 iif veth3
ip route add 10.0.0.0/8 dev veth2 table 100
sysctl -w net.ipv4.ip_forward=0
ip rule add not oif veth0 table 100 suppress_prefixlength 0
ip route show table 200
ip rule list pref 100
ip route get 10.0.0.1 mark 3 uid 0
ip rule add pref 50 iif lo table 200 suppress_ifgroup 5
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip rule add pref 32000 from 203.0.113.0/28 uidrange 0-0 iif lo lookup 200
ip route show table 200
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip route get 198.51.100.1 from 192.0.2.1 iif veth1 tos 0x08
ip route get 172.16.1.1 iif veth0 mark 0x13 ipproto udp sport 1000 dport 1000
ip route show table 200
ip route show table all
ip route get 198.51.100.1 from 198.51.100.1 mark 7 tos 0x08
ip route get 10.1.9.9 mark 0x13 ipproto tcp
ip rule add pref 200 fwmark 0x10/0xf0 iif veth1 table 100 suppress_prefixlength 16
ip rule add sport 2000 uidrange 1000-2000 table main suppress_prefixlength 8
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table main
ip rule add sport 2000 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip route show table 200
ip route add blackhole default table 100
ip rule
ip route show table all
