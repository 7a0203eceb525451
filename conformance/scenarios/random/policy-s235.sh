# Seeded random policy-routing scenario (seed 235), from conformance/generators/policy.ts.
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
ip route add default via 198.51.100.2 metric 10 table 100
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add blackhole 10.1.2.3 table 100
ip route add unreachable 203.0.113.16/28 table 200
ip route add 10.1.2.0/24 dev veth2 metric 10 table 200
ip route add 10.1.2.3 via 192.0.2.2 table 200
ip route add blackhole 10.1.0.0/16 table 300
ip route add prohibit default metric 10 table 300
ip route add prohibit 203.0.113.16/28 metric 10 table 300
ip route add unreachable 203.0.113.16/28 table main
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip route add unreachable 10.1.0.0/16 metric 10 table main
ip rule add pref 50 iif veth3 table main suppress_prefixlength 0
ip rule del pref 200
ip route get 203.0.113.20 oif veth0 ipproto udp sport 1000 dport 80
ip rule list pref 100
ip rule add pref 200 dport 2000 table main suppress_prefixlength 0
ip rule
ip rule add fwmark 0x100 oif veth2 to 172.16.0.0/12 prohibit
ip route get 198.51.100.1 mark 0x100 ipproto 1 sport 1500 dport 1000
ip rule add pref 200 ipproto udp uidrange 1000-2000 fwmark 0x100 goto 200
ip -d rule
ip route get 10.1.2.9 from 198.51.100.1 tos 0x08
ip rule
ip rule add pref 50 fwmark 0x10/0xf0 blackhole
ip -d rule
ip rule add pref 300 ipproto 1 nop
ip route del 0.0.0.0/1 table 100
ip rule list pref 100
ip rule show
ip route get 198.51.100.1 from 192.0.2.1 oif veth0 mark 0x13 ipproto 1 sport 1000 dport 2001
ip rule show table 100
ip rule add pref 200 from all iif veth0 blackhole
ip route get 10.0.0.1 from 203.0.113.5 iif veth1 ipproto tcp sport 0 dport 2001 fibmatch
ip rule add not oif veth0 fwmark 3/3 table 200 suppress_ifgroup 0
ip route show table all
ip route show table 200
ip rule add pref 200 not fwmark 0x10/0xf0 tos 0x08 uidrange 0-100 table 100 suppress_prefixlength 16
ip rule add iif veth0 nop
ip rule list pref 100
ip route del 10.1.2.0/24 table main
ip route add throw default table 100
ip route get 10.1.2.3 from 198.51.100.9 oif veth2
ip route get 10.0.0.1 iif veth3 tos 0x10 ipproto udp
ip rule add pref 50 oif veth0 dport 1000 table 100 suppress_prefixlength 16
ip route add 172.16.0.0/12 dev veth1 table 300
ip route get 10.0.0.1 iif veth3 ipproto 1 sport 1500 dport 1000
ip rule del tos 0x08 oif veth2 unreachable
ip route get 10.0.0.1 mark 0x100
ip rule add pref 32000 iif veth1 sport 0-885 nop
ip rule add fwmark 3/3 table 300
ip route get 10.1.2.3 ipproto udp sport 2500 dport 1000
ip route show table all
ip rule add oif veth2 oif veth0 from all goto 300
ip route get 10.1.9.9 ipproto 1 sport 0 dport 2001
ip rule list pref 100
ip route get 8.8.8.8 tos 0x08 ipproto 1 sport 1500 dport 80
ip rule add uidrange 0-0 blackhole
ip rule add to 172.16.0.0/12 dport 0 prohibit
ip link set veth2 up
ip rule show
ip route get 10.1.9.9 from 198.51.100.1 uid 0 ipproto 1 sport 0 dport 2001
ip rule del ipproto udp
ip rule list pref 100
ip rule del pref 200
ip route get 10.1.9.9 from 10.1.2.3 ipproto tcp sport 1000 dport 1000
ip route get 10.1.9.9 uid 1500 ipproto 1
ip -j rule
ip route get 127.0.0.1 from 198.51.100.1 iif veth3
ip route get 198.51.100.1 from 198.51.100.9
ip route add blackhole 0.0.0.0/1 table 200
ip rule
ip rule
ip route show table all
