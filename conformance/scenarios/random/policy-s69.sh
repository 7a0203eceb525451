# Seeded random policy-routing scenario (seed 69), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 203.0.113.2 table 100
ip route add blackhole 10.1.0.0/16 metric 10 table 100
ip route add unreachable default table 100
ip route add unreachable default table 200
ip route add unreachable default metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table 200
ip route add blackhole 10.1.2.0/24 table 300
ip route add unreachable 203.0.113.16/28 table 300
ip route add prohibit default table 300
ip route add unreachable 10.1.2.0/24 table main
ip route add prohibit 10.1.2.0/24 table main
ip route add default via 203.0.113.2 metric 10 table main
ip rule show
ip rule show
ip rule add not tos lowdelay fwmark 0x10/0xf0 prohibit
ip rule del not dport 0
ip rule
ip rule del uidrange 1000-2000 oif veth0 prohibit
ip route get 127.0.0.1 from 203.0.113.1
ip rule add pref 100 to 172.16.0.0/12 ipproto 1 table 100 suppress_prefixlength 16
ip rule
ip rule add pref 200 not from all from 10.0.0.0/8 lookup main
ip route del 0.0.0.0/1 table 300
ip route get 10.1.2.9 from 192.0.2.1 mark 0x13 tos 0x08
ip rule add pref 50 iif lo lookup 100
ip rule show
ip route get 203.0.113.20 fibmatch
ip rule add not ipproto udp tos 0x10 unreachable
ip route add throw 10.1.2.0/24 metric 10 table 300
ip rule add pref 50 to 10.0.0.0/8 blackhole
ip rule show
ip route get 198.51.100.1 uid 50
ip rule add dport 2000 nop
ip route get 10.1.9.9 oif veth0 tos 0x08 uid 1500 ipproto udp sport 1000 dport 1000
ip route get 192.0.2.77 from 203.0.113.1 iif veth3
ip route get 10.0.0.1 from 203.0.113.5 iif veth0 mark 7
ip link set veth0 up
ip rule add pref 100 not ipproto udp sport 1000-1236 unreachable
ip rule
ip rule add pref 200 to 10.0.0.0/8 to 10.0.0.0/8 tos 0x10 table 200 suppress_ifgroup 5
ip rule add pref 32000 not fwmark 3/3 tos 0x10 goto 100
ip route get 10.1.9.9 from 198.51.100.1
ip route get 10.0.0.1
ip route get 10.0.0.1
ip route add 203.0.113.16/28 dev veth0 table 300
ip rule add iif lo tos lowdelay uidrange 1000-2000 lookup 100
ip route get 198.51.100.1 oif veth0
ip rule add to 10.0.0.0/8 from 10.0.0.0/8 uidrange 0-100 prohibit
ip route del 0.0.0.0/1 table main
ip rule add pref 100 not ipproto udp from 192.0.2.0/24 blackhole
ip route add 10.1.2.0/24 dev veth2 table 300
ip rule add pref 32000 ipproto tcp iif veth1 nop
ip rule add not ipproto tcp from 203.0.113.0/28 ipproto 1 unreachable
ip route get 192.0.2.77 mark 7
ip route get 10.1.2.9 ipproto 1
ip rule show
ip rule list pref 100
ip rule add pref 300 uidrange 0-0 table 100
ip rule del ipproto udp table 100
ip route get 203.0.113.20 from 192.0.2.1
ip rule add pref 200 tos 0x08 lookup 200
ip route get 172.16.1.1 oif veth2 tos 0x10
ip rule
ip route get 10.1.2.9 from 203.0.113.1 oif veth2 mark 7 ipproto udp sport 2500 dport 1000
ip rule add sport 2000 nop
ip rule add pref 50 tos 0x10 fwmark 0x10/0xf0 table 100 suppress_prefixlength 0
ip rule show table 100
ip route get 192.0.2.77 from 192.0.2.1
ip route get 10.1.9.9 iif veth1 ipproto 1 sport 2500 dport 80
ip route get 192.0.2.77 mark 0x100 fibmatch
ip route get 8.8.8.8 mark 0x100
ip -j rule
ip rule
ip route show table all
