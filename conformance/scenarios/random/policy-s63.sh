# Seeded random policy-routing scenario (seed 63), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip route add throw 0.0.0.0/1 table 100
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route add 10.1.0.0/16 dev veth2 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add 203.0.113.16/28 dev veth2 table 300
ip route add prohibit 0.0.0.0/1 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 300
ip route add unreachable 10.1.2.0/24 metric 10 table main
ip route add 0.0.0.0/1 via 192.0.2.2 table main
ip route add 10.1.0.0/16 dev veth2 table main
ip rule del pref 32000
ip route get 8.8.8.8
ip rule add pref 32000 fwmark 7 blackhole
ip rule add pref 32000 dport 1000 tos lowdelay table 200 suppress_ifgroup 5
ip rule show table 100
ip route get 10.1.2.9 from 198.51.100.1 iif veth1 mark 3 ipproto udp sport 2500 dport 80
ip rule show table 100
ip route show table all
ip rule
ip rule add pref 32000 tos lowdelay sport 2000-3194 blackhole
ip rule add pref 100 oif veth0 unreachable
ip rule add pref 50 dport 2000-3642 prohibit
ip rule add to 172.16.0.0/12 nop
ip rule add dport 2000-3065 to 172.16.0.0/12 blackhole
ip route get 172.16.1.1 uid 50
ip route get 172.16.1.1 from 192.0.2.1 tos 0x08
ip route get 10.1.9.9 from 203.0.113.5
ip rule del ipproto tcp
ip route get 192.0.2.77 mark 0x100
ip route get 192.0.2.77 from 203.0.113.1 iif veth3
ip route get 172.16.1.1 from 198.51.100.9 ipproto udp sport 2500 dport 80
ip route get 10.1.2.9 from 203.0.113.5 mark 0x100
ip route get 10.1.2.9 from 198.51.100.1 tos 0x08
ip route get 127.0.0.1 iif veth0 ipproto 1
ip rule del sport 0-890 oif veth0 dport 1000
ip route show table all
ip rule add pref 200 oif veth0 from 192.0.2.0/24 prohibit
ip route get 127.0.0.1
ip rule del dport 2000 ipproto tcp
ip route get 127.0.0.1 from 198.51.100.1 mark 0x100 fibmatch
ip rule add sport 1000-2153 lookup 100
ip rule add pref 50 oif veth2 uidrange 0-0 nop
ip route add prohibit 10.1.2.3 metric 10 table main
ip rule list pref 100
ip rule add pref 50 dport 0 fwmark 7 goto 300
ip rule
ip route del 172.16.0.0/12 table 100
sysctl -w net.ipv4.ip_forward=1
ip route add blackhole 10.1.0.0/16 table main
ip route get 127.0.0.1 from 203.0.113.1 ipproto tcp sport 1000 dport 2001
ip route get 172.16.1.1 iif veth1 mark 0x13
ip route get 192.0.2.77 ipproto udp sport 1500 dport 1000
ip route show table 200
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule show table 100
ip route get 10.1.9.9 from 203.0.113.1
ip route get 127.0.0.1 mark 0x13 ipproto udp sport 0 dport 1000
ip route get 10.1.2.9 from 203.0.113.1 mark 7 ipproto tcp sport 2500 dport 2001
ip rule add pref 300 tos 0x10 to 10.0.0.0/8 nop
ip -d rule
ip route get 10.1.2.3 tos 0x10
ip route get 10.1.2.3 from 192.0.2.1 iif veth0 uid 0 ipproto udp sport 1500 dport 1000
ip rule show table 100
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 32000 from 10.0.0.0/8 goto 100
ip route get 127.0.0.1 from 203.0.113.1 oif veth0
ip rule del from 10.0.0.0/8 table 200 suppress_ifgroup 0
ip rule add pref 200 to 10.0.0.0/8 fwmark 3/3 table 200 suppress_ifgroup 5
ip rule del pref 200
ip rule
ip rule
ip route show table all
