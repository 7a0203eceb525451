# Seeded random policy-routing scenario (seed 114), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 203.0.113.2 table 100
ip route add 10.1.2.0/24 dev veth0 metric 10 table 100
ip route add blackhole default table 100
ip route add blackhole 172.16.0.0/12 table 200
ip route add unreachable 172.16.0.0/12 table 200
ip route add throw 10.1.2.0/24 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 300
ip route add 10.0.0.0/8 via 198.51.100.2 table 300
ip route add 0.0.0.0/1 dev veth0 table 300
ip route add 10.1.2.3 via 198.51.100.2 table main
ip route add blackhole 203.0.113.16/28 table main
ip route add default dev veth2 table main
ip rule add pref 32000 oif veth0 uidrange 0-100 oif veth2 table main suppress_prefixlength 8
ip route get 172.16.1.1 tos 0x08 ipproto 1
ip route add default dev veth2 table 300
ip route get 10.1.9.9 from 198.51.100.1
ip rule add uidrange 0-0 ipproto tcp table main suppress_prefixlength 0
ip route get 10.1.9.9 from 192.0.2.1
ip rule del pref 32000
ip route get 198.51.100.1 from 10.1.2.3 iif veth3
ip rule del from 198.51.100.1 unreachable
ip -d rule
ip rule add pref 300 oif veth0 fwmark 0x100 lookup 100
ip route add prohibit 10.0.0.0/8 table 200
ip route get 192.0.2.77 uid 1500
ip route get 10.1.2.3 from 203.0.113.5
ip route add 10.1.2.0/24 dev veth1 metric 10 table 100
ip route add 10.1.2.3 dev veth2 table 200
ip rule add pref 200 not oif veth0 dport 1000-1665 table main suppress_prefixlength 0
ip route del 0.0.0.0/1 table 300
ip rule show table 100
ip link set veth0 up
ip rule add from 203.0.113.0/28 sport 0-1978 table 300
ip route get 8.8.8.8 from 203.0.113.1 tos 0x10 ipproto tcp sport 0 dport 2001
ip link set veth0 up
ip rule add pref 32000 not from 203.0.113.0/28 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route get 10.1.2.9 mark 0x100 tos 0x08 fibmatch
ip rule add oif veth0 fwmark 7 lookup 100
ip rule del pref 100
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 mark 0x100 uid 0 ipproto udp sport 1000 dport 80
ip route get 198.51.100.1 oif veth2 mark 3
ip route get 10.1.2.3 fibmatch
ip rule add pref 32000 tos lowdelay table main suppress_prefixlength 16
ip route get 127.0.0.1 from 198.51.100.1 mark 7
ip rule add fwmark 7 blackhole
ip route add prohibit 10.1.2.3 table 100
ip route get 10.1.9.9 from 203.0.113.1 iif veth1
ip rule add pref 50 uidrange 0-100 table 200 suppress_ifgroup 5
ip rule show
ip route get 10.1.2.3 from 203.0.113.1 mark 0x13 uid 50
ip route get 203.0.113.20 from 203.0.113.5
ip rule del not from 203.0.113.0/28 ipproto udp
ip rule add oif veth2 fwmark 3/3 unreachable
ip route get 10.1.2.3
ip rule add pref 50 oif veth2 sport 1000 prohibit
ip rule add pref 50 dport 1000 blackhole
ip route get 10.1.2.9 from 10.1.2.3 uid 1500 ipproto 1 sport 1000 dport 2001
ip route get 10.1.2.3 from 203.0.113.5 tos 0x10 uid 1500
ip rule add from 192.0.2.0/24 table 200 suppress_ifgroup 5
ip rule add pref 32000 sport 1000 goto 50
ip route get 10.1.9.9
ip route get 203.0.113.20 from 203.0.113.1
ip rule add pref 50 to 8.8.8.8 uidrange 1000-2000 fwmark 0x100 table main suppress_prefixlength 0
ip route del 10.1.2.3 table 300
ip -d rule
ip rule add pref 100 oif veth0 ipproto udp uidrange 1000-2000 blackhole
ip rule add pref 300 to 10.1.2.0/24 unreachable
ip route get 10.0.0.1 from 192.0.2.1 mark 7 tos 0x10
ip route get 127.0.0.1 uid 1500
ip route add blackhole default table 300
ip route get 198.51.100.1 ipproto 1 sport 0 dport 2001
ip route get 8.8.8.8 from 203.0.113.5 oif veth2
ip rule
ip route show table all
