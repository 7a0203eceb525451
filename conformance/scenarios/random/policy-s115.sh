# Seeded random policy-routing scenario (seed 115), from conformance/generators/policy.ts.
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
ip route add unreachable default metric 10 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add throw 10.0.0.0/8 table 200
ip route add 10.1.2.3 dev veth0 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add blackhole 10.1.2.0/24 table 300
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add 10.1.0.0/16 dev veth1 table main
ip route add throw 10.1.2.0/24 metric 10 table main
ip route add blackhole 10.1.0.0/16 metric 10 table main
ip route get 10.1.9.9 from 203.0.113.1
ip rule add pref 100 dport 2000 table 100
ip route get 10.1.2.3
ip route add 172.16.0.0/12 via 203.0.113.2 metric 10 table 100
ip link set veth2 down
ip rule show
ip route show table 200
ip route show table 200
ip route get 192.0.2.77 iif veth1
ip route get 10.1.9.9 from 10.1.2.3 mark 0x13
ip rule
ip rule add sport 0-341 to 172.16.0.0/12 lookup 200
ip route get 10.1.2.3 from 198.51.100.9 ipproto tcp sport 1000 dport 2001 fibmatch
ip rule add not fwmark 3/3 table 200 suppress_ifgroup 5
ip route get 198.51.100.1 uid 1500
ip rule add to 172.16.0.0/12 fwmark 0x100 unreachable
ip route get 8.8.8.8 from 192.0.2.1 iif veth1 ipproto udp sport 1000 dport 1000
ip route get 10.1.2.9 from 203.0.113.1 oif veth0 ipproto udp sport 1500 dport 2001
ip rule del pref 50
ip rule show
ip route add prohibit 0.0.0.0/1 metric 10 table 100
ip rule add pref 200 not from all iif lo lookup 100
ip rule add pref 100 dport 1000 table 100 suppress_prefixlength 8
ip route get 127.0.0.1 tos 0x08 ipproto tcp sport 1500 dport 1000
ip rule add to 10.1.2.0/24 dport 2000 table 200 suppress_ifgroup 5
ip rule add pref 32000 uidrange 0-0 blackhole
ip route show table all
ip route add unreachable 10.0.0.0/8 table 300
ip rule add pref 32000 to 10.0.0.0/8 tos 0x10 sport 0-1796 blackhole
ip route get 127.0.0.1 from 198.51.100.9 oif veth2 ipproto tcp sport 2500 dport 2001
ip rule del pref 200
ip -j rule
ip route get 10.1.9.9 from 203.0.113.1 mark 0x100 uid 50 ipproto 1 sport 1000 dport 80
ip route get 10.0.0.1 iif veth3 uid 0
ip route del 172.16.0.0/12 table 100
ip route get 192.0.2.77 mark 0x13 ipproto 1
ip rule add tos lowdelay ipproto tcp table 100 suppress_prefixlength 8
ip route get 192.0.2.77 from 198.51.100.1 mark 3
ip rule show
ip rule list pref 100
ip -d rule
ip route add 0.0.0.0/1 via 192.0.2.3 table 200
ip rule add pref 100 not oif veth0 oif veth2 prohibit
ip route get 10.0.0.1 oif veth0 uid 50
ip rule show
ip rule show table 100
ip route get 8.8.8.8 from 203.0.113.1 tos 0x10
ip rule show table 100
ip -d rule
ip route del 172.16.0.0/12 table 300
ip rule del pref 32000
ip rule add pref 200 to 10.1.2.0/24 sport 1000-1737 tos lowdelay table 200 suppress_ifgroup 0
ip -j rule
ip route get 127.0.0.1 uid 1500 fibmatch
ip rule add pref 200 sport 0 from all dport 0-218 table 200 suppress_ifgroup 0
ip route get 203.0.113.20 from 203.0.113.1 iif veth3
ip route get 192.0.2.77 uid 0 ipproto 1 sport 2500 dport 80
ip rule add pref 100 to 8.8.8.8 iif veth3 table 100 suppress_prefixlength 0
ip rule add pref 50 fwmark 0x10/0xf0 nop
ip route get 10.1.2.3 mark 0x13 tos 0x08
ip rule
ip route show table all
