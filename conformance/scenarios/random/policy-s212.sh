# Seeded random policy-routing scenario (seed 212), from conformance/generators/policy.ts.
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
ip route add 172.16.0.0/12 dev veth1 table 100
ip route add default via 192.0.2.3 metric 10 table 100
ip route add blackhole default table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip route add 10.1.2.0/24 via 192.0.2.3 table 200
ip route add blackhole 10.1.2.0/24 metric 10 table 200
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route add throw 10.1.0.0/16 table 300
ip route add blackhole 10.1.2.3 table 300
ip route add unreachable 10.1.2.3 table main
ip route add throw 10.0.0.0/8 table main
ip route add 203.0.113.16/28 via 192.0.2.3 table main
ip route get 10.1.9.9 uid 0 ipproto udp sport 0 dport 80
ip route add 203.0.113.16/28 dev veth0 table 300
ip rule list pref 100
ip rule add pref 300 iif veth0 goto 100
sysctl -w net.ipv4.ip_forward=0
ip route get 203.0.113.20 from 192.0.2.1 iif veth1 mark 3
ip route add throw 10.1.0.0/16 table 200
ip rule del oif veth0 goto 100
ip -j rule
ip route show table 200
ip rule add to 10.0.0.0/8 oif veth2 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 192.0.2.1 iif veth3 uid 0
ip rule add iif veth1 nop
ip route get 203.0.113.20 from 198.51.100.1
ip rule del tos 0x08 dport 2000
ip rule add pref 32000 not fwmark 7 ipproto tcp to 172.16.0.0/12 unreachable
ip route get 203.0.113.20 from 203.0.113.1 iif veth1 mark 0x13 tos 0x10 ipproto 1 sport 0 dport 1000
ip rule add not uidrange 0-0 ipproto tcp oif veth2 nop
ip rule add pref 32000 oif veth2 dport 2000-2400 unreachable
ip rule add pref 50 not ipproto 1 ipproto 1 nop
ip rule add pref 200 not tos 0x08 lookup 200
ip rule show
ip rule list pref 100
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule
ip route del 10.1.0.0/16 table 100
ip route get 203.0.113.20 from 203.0.113.5 iif veth0 tos 0x08 ipproto udp
ip route get 192.0.2.77 from 203.0.113.1 iif veth1
ip route add blackhole 10.0.0.0/8 table 100
ip route get 8.8.8.8 from 203.0.113.1 mark 0x13
ip rule
ip route get 10.0.0.1 iif veth0
ip rule
ip route add default via 192.0.2.2 table 300
ip rule list pref 100
ip rule add pref 100 ipproto tcp lookup 100
ip rule show table 100
ip route add default via 203.0.113.2 table main
ip route get 203.0.113.20 tos 0x08
ip rule add pref 100 tos 0x10 table 200
ip route get 172.16.1.1 iif veth3 uid 1500
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table 200
ip -j rule
ip route get 198.51.100.1
ip route add throw 172.16.0.0/12 table 200
ip route add 10.1.0.0/16 dev veth2 metric 10 table 300
ip route add 10.0.0.0/8 dev veth2 metric 10 table 200
ip route show table all
ip rule add iif veth3 uidrange 0-0 table 100 suppress_prefixlength 0
ip rule del fwmark 3/3 nop
ip rule add pref 50 iif lo fwmark 0x100 oif veth2 unreachable
ip route del default table 200
ip rule add pref 300 not oif veth2 uidrange 0-0 lookup main
ip rule add pref 50 not to 10.0.0.0/8 oif veth2 table 200 suppress_ifgroup 5
ip rule add pref 100 oif veth0 oif veth0 table 200 suppress_ifgroup 5
ip route get 198.51.100.1
ip rule add pref 32000 dport 2000-2746 sport 2000 table 100
ip route get 203.0.113.20 from 198.51.100.9
ip rule add pref 200 from 10.0.0.0/8 blackhole
ip -j rule
ip rule
ip route show table all
