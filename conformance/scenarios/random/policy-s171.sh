# Seeded random policy-routing scenario (seed 171), from conformance/generators/policy.ts.
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
ip route add unreachable 10.1.0.0/16 metric 10 table 100
ip route add 10.1.2.3 via 192.0.2.2 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 table 100
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add 10.1.0.0/16 dev veth2 table 300
ip route add blackhole default table 300
ip route add 172.16.0.0/12 via 203.0.113.2 table 300
ip route add 10.1.0.0/16 dev veth0 metric 10 table main
ip route add 0.0.0.0/1 dev veth2 table main
ip route add prohibit 0.0.0.0/1 table main
ip route add 172.16.0.0/12 dev veth0 table 200
ip route get 10.1.9.9
ip -d rule
ip rule add fwmark 0x10/0xf0 from 192.0.2.0/24 lookup main
ip route get 203.0.113.20
ip route get 8.8.8.8 from 198.51.100.9 tos 0x08
ip route get 203.0.113.20 from 10.1.2.3 fibmatch
ip -d rule
ip rule show table 100
ip rule add pref 300 ipproto 1 from 192.0.2.0/24 lookup 200
ip route get 192.0.2.77 oif veth0 mark 0x13 uid 50
ip route get 192.0.2.77 from 203.0.113.5
ip route get 203.0.113.20 from 198.51.100.1 oif veth2 uid 0 fibmatch
ip rule add pref 32000 not to 172.16.0.0/12 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip rule add pref 32000 oif veth2 from 198.51.100.1 sport 0-1080 lookup 200
ip route add 10.1.2.0/24 dev veth1 table 300
ip route get 10.1.9.9 iif veth1
ip route del 172.16.0.0/12 table 300
ip route get 172.16.1.1 from 198.51.100.1
ip route get 10.1.2.3 from 203.0.113.1 iif veth0
ip rule list pref 100
ip rule add pref 32000 ipproto 1 iif lo lookup 200
ip route get 10.0.0.1 from 192.0.2.1 oif veth2 ipproto 1 sport 1500 dport 2001
ip route get 127.0.0.1 from 198.51.100.1 iif veth0 mark 0x100 ipproto tcp
ip rule add pref 100 not oif veth2 table main suppress_prefixlength 0
ip route add prohibit 10.0.0.0/8 table main
ip rule add pref 32000 sport 1000-2301 tos 0x08 to 172.16.0.0/12 unreachable
ip rule add pref 32000 not tos lowdelay tos 0x10 blackhole
ip route get 10.1.9.9
ip route get 172.16.1.1 mark 7
ip rule add pref 100 sport 2000 to 8.8.8.8 uidrange 0-0 nop
ip rule add fwmark 0x100 fwmark 0x100 table 200
ip route get 10.1.2.3 from 10.1.2.3 oif veth2 ipproto udp sport 2500 dport 1000
ip rule add not sport 0 unreachable
ip route show table 200
ip rule add pref 50 to 8.8.8.8 tos 0x10 goto 32000
ip rule list pref 100
ip rule add pref 200 ipproto udp table 200 suppress_ifgroup 0
ip rule add pref 50 dport 0 unreachable
ip route get 10.1.2.3 oif veth2 mark 0x13
ip route get 8.8.8.8 iif veth0
ip rule list pref 100
ip route del 10.1.2.0/24 table 300
ip rule add tos 0x08 uidrange 0-100 goto 50
ip rule add pref 100 fwmark 0x100 to 10.1.2.0/24 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 from 198.51.100.9 iif veth0 mark 0x13 tos 0x08 uid 1500
ip rule del pref 100
ip route del 10.1.2.3 table 200
ip rule add uidrange 0-100 dport 1000-1693 blackhole
ip rule list pref 100
ip rule add to 10.0.0.0/8 iif veth0 to 172.16.0.0/12 prohibit
ip route add 10.1.2.3 via 203.0.113.2 table 100
ip rule add pref 300 iif lo table 200 suppress_ifgroup 0
ip rule add oif veth2 lookup 200
ip rule add pref 300 oif veth2 blackhole
ip rule add pref 200 not iif lo table 200 suppress_ifgroup 5
ip rule del pref 300
ip rule add not to 172.16.0.0/12 to 10.1.2.0/24 lookup main
ip route get 10.1.2.3
ip rule add pref 50 oif veth2 lookup 100
ip rule
ip route show table all
