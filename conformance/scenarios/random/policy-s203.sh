# Seeded random policy-routing scenario (seed 203), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth1 metric 10 table 100
ip route add blackhole 203.0.113.16/28 table 100
ip route add 203.0.113.16/28 via 192.0.2.3 table 100
ip route add blackhole 0.0.0.0/1 metric 10 table 200
ip route add unreachable 0.0.0.0/1 table 200
ip route add unreachable 203.0.113.16/28 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add 203.0.113.16/28 dev veth1 table 300
ip route add blackhole 10.1.2.3 table main
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip route add default via 198.51.100.2 metric 10 table main
ip rule add pref 200 not oif veth0 prohibit
ip route del 10.1.2.0/24 table 300
ip rule add pref 50 sport 2000-2286 blackhole
ip rule del oif veth0 dport 2000
ip route add unreachable 10.1.2.3 table 100
ip rule del pref 300
ip rule add pref 50 not dport 1000-1271 fwmark 7 iif veth1 table 100 suppress_prefixlength 8
ip route show table all
ip route add 0.0.0.0/1 dev veth0 table 200
ip route add prohibit 203.0.113.16/28 table main
ip route add throw 10.1.0.0/16 metric 10 table 100
ip rule show table 100
ip route get 10.1.9.9 from 198.51.100.1 mark 7
ip route get 10.1.2.9 uid 0
ip -d rule
ip route get 10.1.2.9 mark 7
ip route get 10.0.0.1 from 198.51.100.9 mark 0x13 ipproto 1
ip rule del not from 10.0.0.0/8
ip rule add dport 2000-2168 sport 2000-2327 blackhole
ip rule add not dport 0-1038 to 8.8.8.8 to 172.16.0.0/12 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 198.51.100.9 oif veth0 ipproto tcp sport 1000 dport 2001
ip rule show table 100
ip -d rule
ip route get 127.0.0.1 mark 3
sysctl -w net.ipv4.ip_forward=1
ip route get 10.1.2.9 uid 1500
ip rule show table 100
ip route get 192.0.2.77 from 198.51.100.9
ip rule add pref 300 tos 0x08 unreachable
ip route show table 200
ip route get 10.1.2.9 mark 0x13
ip rule add pref 50 fwmark 0x100 ipproto udp prohibit
ip rule show table 100
ip rule show
sysctl -w net.ipv4.ip_forward=0
ip rule list pref 100
ip rule
ip route get 10.1.2.9 from 192.0.2.1 fibmatch
ip route show table 200
ip route get 203.0.113.20 iif veth1 mark 3 fibmatch
ip rule add pref 50 to 10.1.2.0/24 sport 2000 uidrange 0-0 table 300
ip rule add pref 100 to 8.8.8.8 to 10.0.0.0/8 unreachable
ip route get 198.51.100.1 from 198.51.100.9
ip rule show
ip route del 10.0.0.0/8 table main
ip rule add pref 300 ipproto tcp to 10.0.0.0/8 table 100 suppress_prefixlength 8
ip rule del dport 0 fwmark 7
ip route show table 200
ip -d rule
ip rule add from 198.51.100.1 iif lo sport 1000 blackhole
ip route get 127.0.0.1 from 10.1.2.3 uid 1500 ipproto 1
ip rule add ipproto 1 from 10.0.0.0/8 table 200
ip rule add pref 32000 from all oif veth2 table 200 suppress_ifgroup 0
ip rule list pref 100
ip -d rule
ip rule del pref 300
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route add 10.1.2.3 via 192.0.2.3 table 200
ip route show table 200
ip rule del from 198.51.100.1 unreachable
ip rule
ip route show table all
