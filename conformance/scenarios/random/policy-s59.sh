# Seeded random policy-routing scenario (seed 59), from conformance/generators/policy.ts.
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
ip route add blackhole 203.0.113.16/28 table 100
ip route add 172.16.0.0/12 via 192.0.2.2 table 100
ip route add throw 10.1.0.0/16 table 100
ip route add 10.1.2.0/24 via 203.0.113.2 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add default via 192.0.2.2 table 200
ip route add 172.16.0.0/12 dev veth1 table 300
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add 172.16.0.0/12 dev veth2 metric 10 table 300
ip route add prohibit 10.1.2.3 metric 10 table main
ip route add 10.1.2.3 dev veth2 metric 10 table main
ip route add default via 203.0.113.2 table main
ip rule add not dport 0-1076 tos 0x10 nop
ip rule add tos 0x08 from all from 10.0.0.0/8 table 100 suppress_prefixlength 16
ip route get 172.16.1.1 from 198.51.100.9 oif veth0 mark 7 tos 0x08 ipproto tcp sport 1500 dport 2001
ip route get 10.1.9.9 from 203.0.113.1 mark 7
ip route get 198.51.100.1 from 203.0.113.5 mark 0x13
ip route get 192.0.2.77 iif veth3
ip route add blackhole 10.1.2.3 table 100
ip rule add oif veth0 goto 50
ip rule add pref 200 not iif veth1 oif veth2 table 200
ip rule list pref 100
ip route get 10.1.2.9 oif veth0
ip route add blackhole 10.0.0.0/8 table 100
ip route show table all
ip rule add pref 100 from 198.51.100.1 fwmark 3/3 tos lowdelay nop
ip rule add pref 100 fwmark 7 table 200
ip route get 192.0.2.77 from 198.51.100.1 iif veth1 mark 0x13 tos 0x08
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip rule add pref 50 dport 1000 from 203.0.113.0/28 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 100
ip route del 10.1.2.0/24 table 200
ip route show table 200
ip rule add pref 50 sport 0-861 goto 32000
ip route show table all
ip route get 127.0.0.1 from 198.51.100.9 ipproto 1 sport 0 dport 80
ip route get 8.8.8.8 from 192.0.2.1 tos 0x08 uid 0
ip rule add pref 50 oif veth2 nop
ip rule add pref 32000 not uidrange 0-100 dport 1000-2884 lookup 200
ip rule add tos lowdelay uidrange 1000-2000 table 200 suppress_ifgroup 0
ip rule add from 198.51.100.1 iif veth3 prohibit
ip route add throw 10.1.2.0/24 table 100
ip rule show
ip rule show
ip route get 172.16.1.1 from 198.51.100.9 iif veth0 mark 3
ip rule show
ip route get 10.0.0.1 from 203.0.113.5 mark 3 tos 0x08 ipproto 1 sport 2500 dport 2001
ip rule add pref 50 to 10.1.2.0/24 fwmark 7 nop
ip rule list pref 100
ip rule add from 10.0.0.0/8 iif veth3 ipproto udp nop
ip route get 203.0.113.20 uid 1500
ip route add prohibit 203.0.113.16/28 table main
ip route show table all
ip route show table all
ip route get 10.1.2.9 from 203.0.113.5
ip route get 10.1.2.3 iif veth0 tos 0x10
ip route get 192.0.2.77 from 198.51.100.1 iif veth1
ip rule add pref 50 not uidrange 0-100 table 100
ip rule add fwmark 3/3 blackhole
ip route get 10.1.2.9 from 192.0.2.1 uid 50
ip route del 10.1.0.0/16 table main
ip link set veth2 down
ip route add 10.1.2.0/24 via 203.0.113.2 table 100
ip route get 10.1.9.9 tos 0x08 fibmatch
ip rule add pref 32000 oif veth0 from 198.51.100.1 sport 2000-3058 lookup 100
ip rule add tos lowdelay from 10.0.0.0/8 unreachable
ip rule add pref 300 fwmark 3/3 ipproto tcp prohibit
ip rule add pref 100 iif lo tos lowdelay blackhole
ip route get 203.0.113.20 from 203.0.113.1 iif veth1 ipproto 1 sport 1500 dport 1000
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule del from 192.0.2.0/24 from 192.0.2.0/24 goto 50
ip route get 10.1.2.3
ip rule
ip route show table all
