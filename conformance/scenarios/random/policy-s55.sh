# Seeded random policy-routing scenario (seed 55), from conformance/generators/policy.ts.
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
ip route add prohibit 10.1.0.0/16 table 100
ip route add 10.1.2.3 dev veth1 table 100
ip route add throw default metric 10 table 100
ip route add 10.0.0.0/8 via 203.0.113.2 table 200
ip route add blackhole 172.16.0.0/12 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add prohibit 203.0.113.16/28 table 300
ip route add 10.1.0.0/16 dev veth0 table 300
ip route add 10.1.2.3 via 192.0.2.3 table 300
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add throw 203.0.113.16/28 table main
ip route add default dev veth2 table main
ip rule add pref 50 oif veth2 lookup 100
ip route get 8.8.8.8 from 10.1.2.3 mark 7 ipproto 1 sport 0 dport 2001
ip rule show table 100
ip route get 10.0.0.1 oif veth0
ip route get 10.0.0.1 from 203.0.113.1 ipproto 1 sport 0 dport 2001
ip route del 172.16.0.0/12 table 300
ip rule add tos 0x10 tos lowdelay to 10.0.0.0/8 table main suppress_prefixlength 8
ip route get 198.51.100.1 from 203.0.113.5 iif veth0 mark 3 uid 50
ip rule add uidrange 1000-2000 unreachable
ip rule del pref 200
ip rule add pref 200 not oif veth0 dport 0-1674 table 200
ip rule add pref 100 not from 198.51.100.1 blackhole
ip route add prohibit 10.1.2.0/24 table 100
ip rule list pref 100
ip rule del tos lowdelay to 10.1.2.0/24 uidrange 0-100 nop
ip rule add not tos 0x10 dport 2000 table 300
ip rule show table 100
ip rule del not oif veth2 iif veth0 oif veth2
ip route get 198.51.100.1 from 198.51.100.1 iif veth3
ip rule add pref 200 from 198.51.100.1 sport 0 from 10.0.0.0/8 lookup main
ip rule add sport 2000-3031 to 10.0.0.0/8 table main suppress_prefixlength 16
ip route get 172.16.1.1
ip rule add iif veth0 oif veth2 sport 2000 table 200 suppress_ifgroup 5
ip rule show
ip route get 10.1.2.9 iif veth3 tos 0x08 ipproto 1 sport 1000 dport 2001
ip rule add pref 100 oif veth2 dport 1000-2430 dport 0 goto 300
ip route get 10.1.2.3 iif veth1 mark 0x100 tos 0x08 uid 1500 fibmatch
ip rule show table 100
ip -d rule
ip rule add pref 100 oif veth0 from 10.0.0.0/8 from 10.0.0.0/8 goto 50
ip rule del uidrange 0-0 prohibit
ip route add prohibit default table 100
ip rule add pref 300 ipproto tcp to 10.1.2.0/24 blackhole
ip route add blackhole 10.1.2.3 table 200
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.3 from 198.51.100.1 ipproto 1
ip rule show table 100
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add not uidrange 1000-2000 lookup main
ip route add throw 10.1.2.3 table 300
ip route get 172.16.1.1 from 10.1.2.3 iif veth3 tos 0x08
ip rule add pref 200 sport 0-738 from 10.0.0.0/8 tos 0x08 goto 100
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip rule add pref 32000 dport 1000 uidrange 0-100 prohibit
ip rule add pref 32000 not from 10.0.0.0/8 sport 0 blackhole
ip route get 127.0.0.1 iif veth1 mark 3
ip route show table 200
ip rule add iif veth0 unreachable
ip rule show
ip rule add pref 50 iif lo from 192.0.2.0/24 iif veth0 goto 100
ip rule
ip rule del from all ipproto udp table 200 suppress_ifgroup 0
ip rule del pref 100
ip route get 10.1.9.9 oif veth0 tos 0x08 uid 1500 ipproto tcp sport 1500 dport 80
ip rule del pref 200
ip route get 203.0.113.20 from 192.0.2.1 iif veth3
ip route get 10.1.9.9 mark 7 tos 0x10
ip rule add to 10.1.2.0/24 blackhole
ip route del 0.0.0.0/1 table 100
ip route add throw default metric 10 table 300
ip rule
ip route show table all
