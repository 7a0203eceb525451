# Seeded random policy-routing scenario (seed 140), from conformance/generators/policy.ts.
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
ip route add prohibit 203.0.113.16/28 table 100
ip route add blackhole default table 100
ip route add prohibit 172.16.0.0/12 table 100
ip route add prohibit 10.1.2.0/24 table 200
ip route add prohibit 10.1.2.0/24 table 200
ip route add default via 192.0.2.2 table 200
ip route add blackhole 10.0.0.0/8 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 172.16.0.0/12 dev veth2 table 300
ip route add blackhole 10.1.0.0/16 table main
ip route add 10.0.0.0/8 dev veth2 metric 10 table main
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip rule list pref 100
ip rule del pref 32000
ip route get 172.16.1.1 from 198.51.100.9 tos 0x10
ip route get 10.1.2.3 iif veth1
ip route get 8.8.8.8 iif veth0 tos 0x10
ip route add throw 0.0.0.0/1 table main
ip route add blackhole 10.1.0.0/16 table 300
ip rule del pref 200
ip rule del ipproto 1 uidrange 0-100 nop
ip route get 192.0.2.77 from 198.51.100.9 ipproto tcp
ip rule add fwmark 0x10/0xf0 from 10.0.0.0/8 table main suppress_prefixlength 16
ip rule del pref 200
ip rule del pref 300
ip route get 127.0.0.1 uid 1500
ip rule show
ip rule add pref 50 to 8.8.8.8 table 200 suppress_ifgroup 0
ip rule show
ip rule add not fwmark 7 table main suppress_prefixlength 0
ip route get 203.0.113.20 iif veth3 fibmatch
ip route get 127.0.0.1 ipproto tcp sport 1000 dport 1000
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 198.51.100.9 ipproto udp
ip rule del pref 32000
ip route get 10.1.9.9 from 203.0.113.1 iif veth1 ipproto udp
ip rule del pref 200
ip route get 127.0.0.1 uid 0
ip rule list pref 100
ip route get 10.1.2.3 iif veth0 uid 50 ipproto tcp
ip route get 10.1.2.9 tos 0x10
ip route add unreachable 0.0.0.0/1 metric 10 table main
ip rule del oif veth2 from 192.0.2.0/24 table 200 suppress_ifgroup 0
ip route get 127.0.0.1 from 203.0.113.1 mark 3
ip rule add from 192.0.2.0/24 uidrange 1000-2000 table 100 suppress_prefixlength 0
ip rule del oif veth2 iif veth0
ip rule del pref 300
ip route get 8.8.8.8 from 198.51.100.1 mark 7
ip route get 127.0.0.1 uid 1500
ip route show table all
ip route get 10.1.2.3 from 203.0.113.5
ip rule add pref 50 from 192.0.2.0/24 table 100
ip rule add pref 100 ipproto tcp fwmark 0x10/0xf0 unreachable
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip rule add pref 200 to 172.16.0.0/12 dport 1000-2175 dport 0 table 300
ip route del 203.0.113.16/28 table 200
ip rule add sport 1000 nop
ip route show table all
ip rule add pref 300 fwmark 0x10/0xf0 dport 1000 fwmark 0x100 table 100 suppress_prefixlength 16
ip route get 172.16.1.1 fibmatch
ip route get 10.1.2.3 from 198.51.100.9 mark 0x13
ip route get 10.1.9.9 oif veth0 mark 0x13 uid 0
ip rule add fwmark 3/3 fwmark 0x100 table 100 suppress_prefixlength 0
ip route get 172.16.1.1 from 198.51.100.1 oif veth0 mark 7
ip -j rule
ip route get 10.1.2.3 from 198.51.100.1 iif veth0
ip route get 172.16.1.1 mark 3 ipproto udp sport 0 dport 80
ip route get 10.0.0.1 from 203.0.113.5 tos 0x08 fibmatch
ip -j rule
ip rule add sport 1000-1571 nop
ip rule
ip rule del not to 8.8.8.8
ip rule
ip route show table all
