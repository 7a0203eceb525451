# Seeded random policy-routing scenario (seed 22), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth1 table 100
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add default dev veth0 table 100
ip route add blackhole 10.1.0.0/16 table 200
ip route add prohibit default metric 10 table 200
ip route add unreachable 10.0.0.0/8 table 200
ip route add default dev veth1 table 300
ip route add unreachable 10.0.0.0/8 table 300
ip route add blackhole 0.0.0.0/1 table 300
ip route add throw 172.16.0.0/12 table main
ip route add 10.1.0.0/16 via 192.0.2.2 table main
ip route add prohibit 10.1.2.3 table main
ip route show table all
ip rule list pref 100
ip route get 198.51.100.1 from 192.0.2.1 mark 0x13
ip rule add tos 0x08 oif veth2 blackhole
ip route get 203.0.113.20 oif veth2 uid 0
ip rule add tos lowdelay table 100
ip route get 192.0.2.77 oif veth2 tos 0x08
ip rule add to 10.1.2.0/24 oif veth2 ipproto tcp prohibit
ip route get 10.1.2.3 oif veth2
ip route get 10.1.2.9 from 198.51.100.9 iif veth0 mark 7
ip route get 8.8.8.8 from 198.51.100.9
ip rule del to 8.8.8.8 fwmark 0x100 goto 200
ip rule del ipproto 1 to 10.1.2.0/24 blackhole
ip rule show table 100
ip route add unreachable default table main
ip route add 10.1.0.0/16 via 203.0.113.2 table 300
ip rule del uidrange 1000-2000 tos 0x08
ip route add prohibit 172.16.0.0/12 metric 10 table 100
ip rule add pref 200 oif veth0 oif veth0 table main suppress_prefixlength 16
ip rule add pref 32000 fwmark 3/3 from all unreachable
ip -d rule
ip route get 8.8.8.8 from 203.0.113.5
ip rule add to 172.16.0.0/12 uidrange 0-0 oif veth0 table main suppress_prefixlength 16
ip route get 192.0.2.77 from 198.51.100.1
ip route add unreachable 0.0.0.0/1 table 100
ip rule add pref 100 not iif lo blackhole
ip route get 203.0.113.20 from 203.0.113.5 oif veth0 ipproto udp
ip route get 172.16.1.1
ip -j rule
ip rule add tos lowdelay tos 0x10 sport 1000 table 200 suppress_ifgroup 0
ip rule show table 100
ip route get 8.8.8.8 from 198.51.100.1 iif veth0 tos 0x10
ip route add prohibit 203.0.113.16/28 table 300
ip route get 203.0.113.20 from 198.51.100.1 ipproto udp
ip route get 10.1.2.9 from 198.51.100.9 oif veth2 tos 0x08
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 300
ip route show table all
ip route show table 200
ip rule add not tos 0x08 table 100 suppress_prefixlength 0
ip rule add pref 300 to 172.16.0.0/12 prohibit
ip route get 10.1.2.3 from 10.1.2.3 mark 0x13 uid 1500
ip route del 10.1.2.0/24 table main
ip rule show
ip route get 172.16.1.1 iif veth1 uid 1500 ipproto 1 sport 1500 dport 1000
ip rule show
ip rule add pref 200 tos lowdelay goto 300
ip rule add ipproto 1 sport 1000 prohibit
ip route get 172.16.1.1 from 203.0.113.5 mark 7
ip route get 10.1.2.3 from 203.0.113.5 iif veth3 mark 0x13
ip route get 127.0.0.1 iif veth1
ip link set veth2 up
ip route get 10.1.2.3 uid 1500 ipproto 1 sport 1500 dport 1000
ip -j rule
ip rule add uidrange 0-0 from 10.0.0.0/8 dport 0-1607 prohibit
ip rule add pref 300 fwmark 7 dport 2000-3886 fwmark 0x100 goto 300
ip route get 10.0.0.1
ip route get 10.1.9.9 from 198.51.100.9 iif veth0 mark 0x100
ip rule add pref 32000 dport 1000-1044 sport 1000-2102 blackhole
ip route add default via 192.0.2.3 table 200
ip rule del pref 100
ip rule
ip route show table all
