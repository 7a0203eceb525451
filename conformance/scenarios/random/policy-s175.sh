# Seeded random policy-routing scenario (seed 175), from conformance/generators/policy.ts.
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
ip route add 0.0.0.0/1 dev veth2 table 100
ip route add default dev veth2 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 100
ip route add 0.0.0.0/1 via 203.0.113.2 table 200
ip route add throw 10.1.2.3 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add 10.1.0.0/16 dev veth0 metric 10 table 300
ip route add 203.0.113.16/28 dev veth2 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add blackhole default table main
ip route add prohibit 10.0.0.0/8 table main
ip route add throw 0.0.0.0/1 table main
ip rule add fwmark 0x100 iif veth3 lookup 100
ip route get 127.0.0.1 ipproto 1 sport 1000 dport 1000
ip route get 10.1.2.3 iif veth1 mark 7 uid 1500
ip route get 8.8.8.8 from 203.0.113.5 uid 1500 ipproto udp sport 2500 dport 80
ip rule add pref 100 oif veth2 table main suppress_prefixlength 16
ip route get 192.0.2.77 iif veth0 mark 7 uid 1500
ip rule add pref 300 from 198.51.100.1 table 200 suppress_ifgroup 0
ip route get 127.0.0.1 from 203.0.113.5 iif veth3 uid 1500
ip rule add not uidrange 0-100 ipproto 1 sport 2000 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 tos 0x08
ip route get 10.0.0.1 iif veth1
ip route show table 200
ip route get 203.0.113.20 oif veth2 ipproto 1 sport 0 dport 1000
ip route show table 200
ip rule list pref 100
ip route del default table 200
ip route get 10.1.2.9 from 198.51.100.1 oif veth0
ip rule del pref 300
ip rule show
ip route get 172.16.1.1 from 203.0.113.5 tos 0x08 ipproto 1 sport 1500 dport 80
ip route get 127.0.0.1 tos 0x10 uid 50
ip rule add to 8.8.8.8 from 203.0.113.0/28 unreachable
ip rule del iif veth3 iif lo
ip route get 172.16.1.1 from 203.0.113.5 mark 3
ip rule show table 100
ip route add blackhole 172.16.0.0/12 metric 10 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 200
ip rule list pref 100
ip route get 203.0.113.20 iif veth3 tos 0x08
ip rule del pref 32000
ip rule add pref 200 tos lowdelay sport 2000 uidrange 1000-2000 prohibit
ip route get 10.1.2.3
ip route add prohibit 172.16.0.0/12 table 200
ip rule list pref 100
ip link set veth2 down
ip route get 8.8.8.8 tos 0x08
ip rule add pref 300 from all blackhole
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route get 10.1.2.3 mark 0x100
ip rule del sport 0-897 prohibit
ip route get 10.1.9.9 oif veth0 fibmatch
ip rule list pref 100
ip rule add pref 32000 iif veth3 lookup main
ip route get 192.0.2.77 from 192.0.2.1 iif veth1 mark 0x100
ip rule add uidrange 0-100 iif veth0 nop
ip rule add pref 100 not dport 0-1921 to 10.0.0.0/8 table 200 suppress_ifgroup 5
ip route get 198.51.100.1 uid 1500
ip rule add uidrange 0-0 tos 0x10 nop
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule del oif veth0 nop
ip route get 203.0.113.20 iif veth1 mark 3
ip -j rule
ip route get 10.1.2.3 tos 0x10
ip route show table 200
ip route del default table 300
ip rule del uidrange 0-0
ip route get 127.0.0.1 ipproto 1
ip -j rule
ip route show table 200
ip route get 10.0.0.1 from 198.51.100.1
ip rule
ip route show table all
