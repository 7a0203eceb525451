# Seeded random policy-routing scenario (seed 154), from conformance/generators/policy.ts.
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
ip route add prohibit 172.16.0.0/12 table 100
ip route add 203.0.113.16/28 via 192.0.2.2 metric 10 table 100
ip route add prohibit 10.1.2.3 table 100
ip route add prohibit default table 200
ip route add blackhole 10.0.0.0/8 metric 10 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add blackhole default table 300
ip route add 10.1.0.0/16 via 192.0.2.2 table 300
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table main
ip route add 203.0.113.16/28 dev veth2 metric 10 table main
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route del 10.1.2.0/24 table 300
ip rule add not tos 0x08 iif veth3 blackhole
ip route add default via 198.51.100.2 table 100
ip rule show table 100
ip rule add sport 2000-3900 sport 2000 nop
ip rule add pref 50 iif veth0 from 10.0.0.0/8 table main suppress_prefixlength 0
ip rule
ip rule list pref 100
ip route get 192.0.2.77 tos 0x08 uid 50 ipproto tcp
ip route get 198.51.100.1 from 203.0.113.1 ipproto 1 sport 1500 dport 1000
ip rule list pref 100
ip rule add pref 50 not tos lowdelay tos 0x10 table main suppress_prefixlength 8
ip route get 127.0.0.1 from 10.1.2.3 oif veth0
ip route get 10.1.2.3
ip route get 10.1.9.9 iif veth0 ipproto udp sport 1000 dport 80
ip route add default dev veth1 metric 10 table main
ip rule add pref 100 dport 2000 fwmark 0x100 table 200 suppress_ifgroup 5
ip route get 10.0.0.1 from 198.51.100.9 iif veth3 mark 0x100 ipproto udp
ip route get 10.1.9.9 iif veth1 tos 0x10 uid 0
ip route get 10.0.0.1 from 203.0.113.1
ip route get 10.0.0.1 from 203.0.113.5 iif veth3 ipproto tcp sport 1500 dport 2001
ip route get 8.8.8.8 from 203.0.113.5 oif veth0
ip route get 172.16.1.1 mark 0x100 tos 0x10
ip rule del sport 2000-2101
ip route del 10.1.2.0/24 table 100
ip rule
ip route get 192.0.2.77 from 203.0.113.5 iif veth0 ipproto udp
ip rule show table 100
ip route get 172.16.1.1 iif veth3
ip rule add fwmark 0x10/0xf0 oif veth2 lookup main
ip rule add pref 200 oif veth0 iif lo nop
ip rule show table 100
ip route get 10.1.2.3 iif veth1 uid 0 ipproto 1
ip rule add pref 50 not dport 2000 table 200
ip rule del pref 300
ip rule add pref 32000 uidrange 0-100 from all table 100 suppress_prefixlength 16
ip route show table 200
ip rule list pref 100
ip route get 127.0.0.1 from 203.0.113.5 iif veth1 mark 0x100 tos 0x08 fibmatch
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip route get 10.1.9.9 tos 0x08 uid 0
ip route add 10.1.2.0/24 dev veth0 metric 10 table main
ip route get 127.0.0.1
ip rule add pref 50 from all uidrange 1000-2000 to 10.0.0.0/8 prohibit
ip route show table 200
ip rule add pref 300 tos 0x08 table main suppress_prefixlength 8
ip rule add pref 50 oif veth2 ipproto udp nop
ip route get 127.0.0.1
ip rule add pref 32000 not from 10.0.0.0/8 lookup 100
ip route get 198.51.100.1 from 198.51.100.1 oif veth0 tos 0x08 ipproto tcp sport 1000 dport 2001
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 ipproto 1 sport 2500 dport 1000
ip route get 10.1.2.9 from 198.51.100.1 iif veth0 uid 50 ipproto udp sport 1500 dport 1000
ip rule add dport 1000-2397 nop
ip route get 10.0.0.1 oif veth0
ip route get 203.0.113.20 tos 0x10 uid 50 fibmatch
ip rule add pref 200 ipproto 1 ipproto tcp table 100
ip route get 10.1.2.3 from 203.0.113.5 iif veth1 uid 0
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip route get 198.51.100.1 from 10.1.2.3 mark 0x13
ip route add blackhole 0.0.0.0/1 metric 10 table main
ip rule
ip route show table all
