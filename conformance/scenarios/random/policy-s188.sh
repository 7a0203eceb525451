# Seeded random policy-routing scenario (seed 188), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 100
ip route add 172.16.0.0/12 dev veth0 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 table 100
ip route add unreachable 0.0.0.0/1 metric 10 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add blackhole 10.1.2.0/24 metric 10 table 200
ip route add 10.1.0.0/16 dev veth1 table 300
ip route add unreachable 10.0.0.0/8 table 300
ip route add unreachable 10.1.2.3 table 300
ip route add unreachable 172.16.0.0/12 table main
ip route add blackhole 10.1.2.0/24 table main
ip route add 10.1.2.3 dev veth1 metric 10 table main
ip route get 127.0.0.1 from 10.1.2.3
ip link set veth0 up
ip route get 198.51.100.1 oif veth2 uid 0
ip rule del tos lowdelay oif veth0 tos 0x10
ip route get 8.8.8.8 oif veth2 ipproto udp sport 1000 dport 1000
ip rule add pref 32000 to 10.1.2.0/24 sport 0 fwmark 0x10/0xf0 unreachable
ip rule del not dport 0-32 uidrange 1000-2000 ipproto tcp
sysctl -w net.ipv4.ip_forward=0
ip route get 10.0.0.1
ip route get 172.16.1.1 from 198.51.100.1 oif veth2 ipproto tcp sport 1500 dport 1000 fibmatch
ip -j rule
ip route get 10.1.2.3 oif veth0 mark 7
ip rule list pref 100
ip rule show table 100
ip route get 10.0.0.1
ip route get 10.1.2.3 oif veth2
ip route del 10.0.0.0/8 table main
ip route get 10.0.0.1 iif veth3 mark 7 uid 50
ip rule add pref 100 sport 1000-2940 iif veth3 to 10.1.2.0/24 unreachable
ip route show table all
ip route get 192.0.2.77 from 203.0.113.1 mark 7 fibmatch
ip rule show
ip route get 10.1.9.9 uid 1500
ip route get 10.1.2.3 from 192.0.2.1 fibmatch
ip -d rule
ip route get 203.0.113.20 from 198.51.100.1 tos 0x10 ipproto udp sport 2500 dport 80
ip route del 203.0.113.16/28 table 100
ip route get 203.0.113.20 from 198.51.100.9 mark 3
ip rule add dport 1000-2687 sport 0-363 prohibit
ip rule add pref 50 dport 0-1245 fwmark 7 blackhole
ip rule add from all tos 0x10 table 200 suppress_ifgroup 5
ip -j rule
ip rule add from 198.51.100.1 uidrange 0-100 prohibit
ip route add 0.0.0.0/1 via 192.0.2.3 table 300
ip rule show
ip -d rule
ip rule add fwmark 0x10/0xf0 prohibit
ip link set veth2 up
ip rule show
ip rule show table 100
ip rule add pref 100 from 192.0.2.0/24 from 203.0.113.0/28 unreachable
ip route get 10.1.9.9
ip route add blackhole 10.1.2.0/24 table 100
ip rule list pref 100
ip route get 172.16.1.1 from 198.51.100.9 iif veth1 fibmatch
ip route add unreachable 10.1.0.0/16 table 100
ip route get 198.51.100.1 iif veth3 uid 1500 fibmatch
ip route get 192.0.2.77 iif veth1 mark 0x100 ipproto tcp sport 1000 dport 1000
ip rule del sport 2000 table main suppress_prefixlength 0
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 mark 7
ip rule add pref 200 ipproto tcp uidrange 0-0 table 300
ip rule add pref 50 dport 1000-2752 sport 1000-1338 uidrange 0-0 blackhole
ip rule del not oif veth2 to 10.1.2.0/24 dport 0 blackhole
ip rule add tos 0x10 fwmark 3/3 sport 1000-2544 lookup main
ip route get 203.0.113.20 from 203.0.113.1 tos 0x08
ip route get 10.1.2.3 from 198.51.100.1 oif veth0 mark 7 fibmatch
ip route get 172.16.1.1 from 10.1.2.3
ip route get 8.8.8.8 from 198.51.100.9 mark 7
ip rule del sport 1000 oif veth0 goto 100
ip route get 127.0.0.1 mark 3
ip rule
ip route show table all
