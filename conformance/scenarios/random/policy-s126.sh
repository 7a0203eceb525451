# Seeded random policy-routing scenario (seed 126), from conformance/generators/policy.ts.
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
ip route add unreachable default table 100
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 100
ip route add blackhole default table 100
ip route add 10.0.0.0/8 via 198.51.100.2 table 200
ip route add blackhole 0.0.0.0/1 metric 10 table 200
ip route add blackhole 203.0.113.16/28 metric 10 table 200
ip route add 203.0.113.16/28 dev veth0 table 300
ip route add prohibit default metric 10 table 300
ip route add prohibit 0.0.0.0/1 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table main
ip route add 10.1.2.3 via 192.0.2.2 table main
ip route add unreachable 10.0.0.0/8 metric 10 table main
ip route get 172.16.1.1
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip link set veth2 down
ip rule add fwmark 0x100 dport 2000 goto 32000
ip rule add not dport 1000-2722 uidrange 1000-2000 blackhole
ip -j rule
ip rule list pref 100
ip -j rule
ip route get 127.0.0.1 from 192.0.2.1 mark 0x13
ip rule del ipproto udp uidrange 1000-2000 unreachable
ip route get 192.0.2.77 iif veth0 uid 50 ipproto udp sport 1500 dport 2001
ip route get 127.0.0.1 iif veth1
ip route get 10.1.9.9 from 198.51.100.1 mark 0x100
ip link set veth0 up
ip route get 192.0.2.77 iif veth1 ipproto tcp sport 2500 dport 2001
ip rule show table 100
ip route get 198.51.100.1 iif veth1 tos 0x10 fibmatch
ip route del 10.1.2.3 table 100
ip rule add sport 2000-2526 ipproto 1 table 100 suppress_prefixlength 0
ip route add 10.1.2.0/24 dev veth1 table 100
ip route add default via 203.0.113.2 table 300
ip rule show table 100
ip rule del pref 50
ip route get 10.1.2.9 uid 50
ip rule show table 100
ip rule del to 10.0.0.0/8 prohibit
ip rule add pref 300 not oif veth0 table 200 suppress_ifgroup 0
ip rule add pref 32000 dport 2000-3261 ipproto 1 from 192.0.2.0/24 unreachable
ip route get 198.51.100.1
ip route get 10.1.2.3 mark 0x100
ip rule add pref 32000 iif lo oif veth2 iif veth0 nop
ip rule
ip route get 10.1.2.3
ip rule add iif veth1 goto 200
ip rule del not sport 0 unreachable
ip rule del tos 0x10
ip route get 172.16.1.1 oif veth2 tos 0x08
ip rule add pref 200 not ipproto 1 ipproto tcp goto 300
ip rule del not uidrange 0-100 oif veth2 ipproto 1
ip rule add pref 100 tos 0x08 uidrange 0-100 prohibit
ip rule add pref 100 uidrange 1000-2000 ipproto 1 goto 300
ip route get 198.51.100.1 from 198.51.100.9
ip rule add pref 50 sport 0 from 192.0.2.0/24 lookup main
ip rule add tos lowdelay table main suppress_prefixlength 16
ip rule add fwmark 0x10/0xf0 nop
ip route add throw 10.1.2.0/24 metric 10 table main
ip route get 198.51.100.1
ip route get 10.1.2.9 from 198.51.100.9 oif veth0
ip route get 10.0.0.1 from 10.1.2.3 mark 0x100 uid 50
ip route add default via 203.0.113.2 metric 10 table 200
ip route get 192.0.2.77
ip route get 8.8.8.8 tos 0x10
ip -d rule
ip route get 10.0.0.1 iif veth0
ip route add blackhole 10.1.2.3 table main
ip rule del tos 0x08 dport 0-872
ip rule add pref 32000 ipproto 1 ipproto 1 unreachable
ip route add 10.0.0.0/8 dev veth0 table 200
ip link set veth2 down
ip route add throw 172.16.0.0/12 metric 10 table 200
ip rule
ip route show table all
