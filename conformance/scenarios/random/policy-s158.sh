# Seeded random policy-routing scenario (seed 158), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth0 metric 10 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add default via 192.0.2.3 metric 10 table 100
ip route add blackhole 10.1.2.0/24 table 200
ip route add 10.1.0.0/16 dev veth1 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.0/24 dev veth0 table 300
ip route add unreachable 10.1.2.3 metric 10 table 300
ip route add blackhole default metric 10 table main
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table main
ip route add 10.1.2.0/24 dev veth0 metric 10 table main
ip rule add pref 50 not to 10.0.0.0/8 prohibit
ip rule add pref 32000 dport 1000-1698 fwmark 3/3 lookup 200
ip route add throw 172.16.0.0/12 table main
ip rule del uidrange 0-100
ip route show table 200
ip rule add pref 32000 uidrange 1000-2000 tos 0x10 from 203.0.113.0/28 lookup main
ip route get 10.1.2.9 from 203.0.113.1
ip route show table 200
ip rule add from 192.0.2.0/24 table 100 suppress_prefixlength 16
ip rule add tos lowdelay from 192.0.2.0/24 ipproto udp unreachable
ip route add prohibit 10.1.2.3 metric 10 table 300
ip route add 10.0.0.0/8 dev veth2 table 200
ip rule del pref 300
ip route get 10.0.0.1 from 192.0.2.1 iif veth1 mark 0x100 uid 50
ip rule add pref 32000 iif veth3 tos 0x10 table 300
ip rule add pref 300 fwmark 7 ipproto tcp nop
ip route add unreachable 10.1.2.3 metric 10 table 100
ip rule add pref 50 tos 0x08 to 172.16.0.0/12 blackhole
ip route get 10.1.2.3 ipproto 1 sport 1000 dport 1000
ip route get 10.1.2.3
ip rule add not tos 0x08 oif veth0 blackhole
ip rule del dport 0 sport 0-1416
ip route add prohibit default table 100
ip route add blackhole 172.16.0.0/12 table 100
ip -j rule
ip route get 8.8.8.8 from 192.0.2.1 mark 7 ipproto 1
ip rule add pref 300 ipproto tcp tos lowdelay lookup main
ip rule del not iif veth3 nop
ip route get 127.0.0.1 tos 0x08 uid 1500
ip route del 10.0.0.0/8 table 200
ip -j rule
ip route get 8.8.8.8 from 198.51.100.9 iif veth0 ipproto 1
ip rule show table 100
ip rule add pref 300 uidrange 0-100 ipproto 1 ipproto udp prohibit
ip rule del from 198.51.100.1 table main suppress_prefixlength 8
ip rule add sport 0-1722 table 200 suppress_ifgroup 5
ip -j rule
ip route get 10.0.0.1
ip rule add not iif lo table 100 suppress_prefixlength 0
ip route get 172.16.1.1 from 192.0.2.1 ipproto tcp
ip route get 10.1.2.3 fibmatch
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=1
ip rule add dport 1000-2454 prohibit
ip route get 127.0.0.1 from 203.0.113.5 mark 3 ipproto tcp
ip rule add fwmark 0x100 dport 2000 nop
ip route get 8.8.8.8 oif veth0
ip -j rule
ip route get 10.1.2.9 mark 3 ipproto tcp
ip route del 10.0.0.0/8 table 300
ip route get 8.8.8.8 from 203.0.113.5
ip route show table 200
ip rule del pref 300
ip rule add not oif veth0 fwmark 3/3 ipproto udp table 100 suppress_prefixlength 16
ip rule add pref 32000 ipproto 1 table 200
sysctl -w net.ipv4.conf.all.rp_filter=1
ip rule add fwmark 7 uidrange 1000-2000 prohibit
ip rule add from 203.0.113.0/28 to 8.8.8.8 goto 32000
ip rule add pref 32000 sport 1000-2478 to 172.16.0.0/12 goto 50
ip route show table 200
ip rule
ip route show table all
