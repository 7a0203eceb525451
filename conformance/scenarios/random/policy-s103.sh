# Seeded random policy-routing scenario (seed 103), from conformance/generators/policy.ts.
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
ip route add default dev veth0 metric 10 table 100
ip route add default via 192.0.2.3 metric 10 table 100
ip route add 10.0.0.0/8 dev veth2 table 100
ip route add 10.0.0.0/8 dev veth1 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add default via 192.0.2.3 table 300
ip route add blackhole 203.0.113.16/28 table 300
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip route add 10.0.0.0/8 dev veth2 table main
ip route add 172.16.0.0/12 dev veth2 table main
ip route add blackhole default table main
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule show table 100
ip rule add tos lowdelay table main suppress_prefixlength 8
ip rule add pref 300 oif veth0 fwmark 0x100 from all table main suppress_prefixlength 0
ip rule add pref 32000 iif veth1 to 10.0.0.0/8 ipproto tcp goto 32000
ip rule show
ip route get 8.8.8.8 from 203.0.113.1 oif veth0 ipproto 1 sport 1000 dport 2001
ip rule add pref 300 ipproto udp table 100
ip route show table all
ip link set veth2 up
ip -d rule
ip rule add pref 32000 uidrange 0-0 table main suppress_prefixlength 8
ip route get 192.0.2.77
ip rule del not tos 0x08 sport 1000 prohibit
ip rule del dport 1000-2258 iif lo
ip rule add from 198.51.100.1 table 100
ip rule add pref 100 dport 1000 from 198.51.100.1 prohibit
ip rule show
ip -d rule
ip rule add pref 300 sport 2000-2549 uidrange 0-0 table 100
ip rule add to 8.8.8.8 tos 0x08 lookup main
ip route show table all
ip route add default via 198.51.100.2 table 300
ip route get 10.1.2.9 fibmatch
ip rule del uidrange 0-0
ip rule add pref 32000 from 10.0.0.0/8 table 100
ip route get 10.1.2.3 uid 50
ip route get 10.1.9.9 from 10.1.2.3 iif veth0 ipproto tcp sport 1500 dport 80
ip rule add pref 32000 iif lo dport 1000 table 100 suppress_prefixlength 0
ip rule
ip route get 198.51.100.1 iif veth3 mark 0x13
ip rule del from all iif veth0
ip route get 192.0.2.77 from 198.51.100.1 oif veth0 mark 7 tos 0x10 uid 0
ip route add 203.0.113.16/28 dev veth2 table 200
ip rule add pref 32000 not from 203.0.113.0/28 oif veth0 lookup main
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip rule add pref 100 to 10.1.2.0/24 uidrange 0-100 goto 32000
ip route get 198.51.100.1 oif veth2 mark 7 uid 1500
ip route get 198.51.100.1 oif veth0 fibmatch
ip rule add tos lowdelay tos 0x08 table 300
ip -d rule
ip rule add from all blackhole
ip route del 10.1.2.3 table 300
ip route del 10.1.2.3 table main
ip rule del uidrange 0-0 ipproto udp table 200 suppress_ifgroup 0
ip route get 10.1.2.3 from 198.51.100.9
ip rule add pref 200 from all from 10.0.0.0/8 table 100
ip rule del pref 300
ip rule show
ip rule
ip route get 10.1.9.9 oif veth2 tos 0x10 uid 50
ip rule add tos lowdelay oif veth2 table 100 suppress_prefixlength 8
ip rule del pref 50
ip rule del pref 100
ip route get 127.0.0.1 from 192.0.2.1 oif veth0 mark 0x13 uid 1500
ip route get 198.51.100.1 tos 0x10 ipproto 1 sport 0 dport 2001
ip route get 172.16.1.1 from 203.0.113.5
ip route get 203.0.113.20 mark 0x13 ipproto tcp
ip rule add pref 50 uidrange 1000-2000 sport 1000-1373 table 100 suppress_prefixlength 8
ip route get 10.1.2.3
ip rule
ip route show table all
