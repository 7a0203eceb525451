# Seeded random policy-routing scenario (seed 168), from conformance/generators/policy.ts.
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
ip route add throw 203.0.113.16/28 table 100
ip route add default dev veth0 table 100
ip route add default via 203.0.113.2 table 100
ip route add default via 203.0.113.2 table 200
ip route add prohibit 0.0.0.0/1 table 200
ip route add prohibit default table 200
ip route add prohibit 0.0.0.0/1 metric 10 table 300
ip route add 10.0.0.0/8 via 192.0.2.3 table 300
ip route add prohibit 10.0.0.0/8 metric 10 table 300
ip route add default via 198.51.100.2 metric 10 table main
ip route add blackhole 10.0.0.0/8 table main
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip rule add to 10.0.0.0/8 nop
ip route get 10.0.0.1 oif veth0 tos 0x08
ip route get 10.1.2.9 iif veth3 tos 0x10 ipproto tcp sport 2500 dport 80 fibmatch
ip rule del oif veth0
ip rule show table 100
ip route add default dev veth2 table 200
ip rule add fwmark 0x10/0xf0 sport 1000 prohibit
ip route add blackhole 10.1.2.3 table 100
ip rule add pref 50 from 198.51.100.1 table 200
ip rule list pref 100
ip rule
ip route get 10.1.9.9 from 198.51.100.1 ipproto tcp sport 2500 dport 1000
ip route get 10.1.2.3 from 192.0.2.1 ipproto 1 sport 1000 dport 2001
ip rule add pref 32000 from 203.0.113.0/28 lookup main
ip route get 10.1.2.9 iif veth1 uid 50
ip route get 198.51.100.1
ip route get 172.16.1.1 ipproto 1 sport 1000 dport 80
ip rule add fwmark 0x100 nop
ip rule add pref 100 to 10.0.0.0/8 unreachable
ip route get 10.1.2.3 from 198.51.100.1
ip rule add uidrange 0-100 table main suppress_prefixlength 0
ip route get 172.16.1.1 uid 50
ip rule del ipproto tcp iif veth0 iif veth0
ip route get 10.1.9.9 from 192.0.2.1 iif veth3 tos 0x10 ipproto 1 sport 0 dport 1000
ip rule add pref 300 tos 0x10 uidrange 0-0 nop
ip rule del oif veth2 uidrange 1000-2000 ipproto tcp
ip route get 192.0.2.77 ipproto 1 sport 0 dport 80
ip route show table 200
ip -d rule
ip route get 192.0.2.77 from 198.51.100.1 oif veth0
ip route add throw 0.0.0.0/1 table main
ip route get 8.8.8.8 from 10.1.2.3 iif veth3 tos 0x08
ip route add unreachable 10.1.0.0/16 table 100
sysctl -w net.ipv4.conf.all.rp_filter=1
ip rule add not fwmark 3/3 tos 0x10 table 300
ip route get 10.1.2.3 from 198.51.100.9 uid 0
sysctl -w net.ipv4.ip_forward=0
ip rule del oif veth2 fwmark 0x10/0xf0 oif veth2
ip rule add pref 200 fwmark 0x100 lookup main
ip route get 127.0.0.1 from 10.1.2.3 ipproto udp sport 1000 dport 80 fibmatch
ip rule del pref 32000
ip rule show
ip route add throw 10.1.2.0/24 metric 10 table 200
ip rule add pref 200 to 10.0.0.0/8 ipproto udp table main suppress_prefixlength 0
ip rule show table 100
ip route add 10.1.2.0/24 dev veth0 table 200
ip route get 192.0.2.77 from 203.0.113.1
ip -d rule
ip route get 192.0.2.77 from 198.51.100.9 mark 7
ip rule add pref 100 sport 2000 nop
ip rule
ip route get 10.1.2.3 iif veth3 tos 0x10
ip rule list pref 100
ip route del 10.1.0.0/16 table 300
ip rule add ipproto tcp to 10.1.2.0/24 lookup main
ip route show table all
ip rule del sport 0-89 goto 100
ip route get 10.1.9.9 from 192.0.2.1
ip rule show
ip route show table all
ip rule
ip route show table all
