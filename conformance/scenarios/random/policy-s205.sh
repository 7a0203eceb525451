# Seeded random policy-routing scenario (seed 205), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 table 100
ip route add prohibit 172.16.0.0/12 table 100
ip route add 10.1.2.0/24 via 198.51.100.2 table 200
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip route add throw default metric 10 table 300
ip route add prohibit 172.16.0.0/12 table 300
ip route add throw 0.0.0.0/1 table main
ip route add 203.0.113.16/28 via 192.0.2.2 table main
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table main
ip route add unreachable 0.0.0.0/1 table 100
ip rule show table 100
ip rule add pref 32000 uidrange 1000-2000 nop
ip route add 172.16.0.0/12 via 192.0.2.2 table 200
ip route get 198.51.100.1 iif veth0 uid 0
ip rule del not to 172.16.0.0/12 goto 50
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip -j rule
ip rule add iif veth0 from 192.0.2.0/24 table 100
ip route get 198.51.100.1 from 192.0.2.1 oif veth0 tos 0x10 ipproto udp sport 1500 dport 80
ip route get 10.0.0.1 mark 3
ip route get 172.16.1.1 from 192.0.2.1 iif veth0 uid 50
ip route get 8.8.8.8 mark 3
ip rule show table 100
ip rule add tos 0x08 uidrange 1000-2000 from 192.0.2.0/24 nop
ip route add 10.1.2.3 dev veth1 metric 10 table 100
ip route get 198.51.100.1 uid 1500
ip route get 127.0.0.1 from 198.51.100.9 iif veth3 tos 0x10 uid 1500
ip rule
ip rule add pref 300 not dport 0-403 tos 0x08 uidrange 0-0 unreachable
ip rule add pref 300 ipproto 1 ipproto tcp lookup main
ip route add default dev veth1 table main
ip rule show table 100
ip rule list pref 100
ip rule
ip -j rule
ip route get 127.0.0.1 oif veth0
ip route add default via 203.0.113.2 metric 10 table main
ip route get 10.1.9.9 mark 0x100
ip rule add pref 50 uidrange 0-100 iif veth3 ipproto 1 goto 50
ip rule add fwmark 3/3 uidrange 0-0 table 200 suppress_ifgroup 0
ip rule add pref 50 sport 2000-2251 lookup 100
ip rule
ip route del 10.1.2.0/24 table 300
ip rule show
ip rule list pref 100
ip route get 192.0.2.77 mark 7
ip -j rule
ip route get 172.16.1.1 from 203.0.113.5 mark 7
ip rule add pref 32000 ipproto tcp sport 0-704 goto 50
ip rule show table 100
ip rule show
ip route get 10.1.2.3 ipproto tcp sport 1500 dport 80
ip route get 10.1.9.9 from 203.0.113.1 iif veth0 ipproto udp sport 1500 dport 2001
ip route add blackhole 10.1.0.0/16 table 300
ip rule add pref 100 sport 2000-2726 table 300
ip rule add pref 200 iif lo sport 2000 lookup main
ip rule list pref 100
ip route del default table main
ip rule add pref 50 oif veth2 tos 0x08 goto 300
ip rule add tos 0x08 ipproto 1 dport 0-1129 table 200
ip route get 10.0.0.1 from 203.0.113.1 iif veth0 mark 0x100
ip route get 192.0.2.77 from 198.51.100.9 tos 0x10
ip -j rule
ip route get 10.1.9.9 from 10.1.2.3 mark 0x13
ip route get 10.0.0.1 tos 0x08 ipproto 1 sport 1000 dport 2001
ip rule add pref 32000 oif veth0 table 100 suppress_prefixlength 16
ip rule add from 192.0.2.0/24 prohibit
ip rule add not oif veth2 table 100 suppress_prefixlength 8
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule
ip route show table all
