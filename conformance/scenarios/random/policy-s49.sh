# Seeded random policy-routing scenario (seed 49), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 198.51.100.2 table 100
ip route add unreachable 10.1.2.0/24 metric 10 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route add unreachable default table 200
ip route add prohibit default table 200
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add blackhole 10.1.2.0/24 table 300
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 300
ip route add default dev veth0 table 300
ip route add prohibit 10.0.0.0/8 table main
ip route add default via 203.0.113.2 table main
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip rule show table 100
ip rule add pref 200 dport 0-52 ipproto 1 table 100 suppress_prefixlength 0
ip rule add tos 0x10 fwmark 3/3 table main suppress_prefixlength 8
ip route get 127.0.0.1
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 200
ip rule show
ip rule add not fwmark 3/3 uidrange 1000-2000 blackhole
ip link set veth0 up
ip rule add iif lo uidrange 1000-2000 oif veth2 unreachable
ip rule add not iif veth3 iif lo blackhole
ip rule del uidrange 0-0 from 203.0.113.0/28 table 200
ip rule del uidrange 0-100 dport 0
ip route show table 200
ip route get 127.0.0.1 tos 0x10 uid 50 fibmatch
ip rule list pref 100
ip rule add pref 300 ipproto udp table 300
ip route get 127.0.0.1 iif veth1 uid 50
ip route get 10.0.0.1 from 198.51.100.1 iif veth3
ip route get 10.1.9.9 mark 0x100 ipproto tcp sport 1000 dport 80 fibmatch
ip rule show
ip rule add uidrange 0-0 nop
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.2.9 from 203.0.113.5 oif veth0 ipproto tcp
ip rule add pref 50 to 10.1.2.0/24 table 300
ip route get 172.16.1.1 from 198.51.100.9 oif veth0 uid 1500 fibmatch
ip rule list pref 100
ip route get 10.1.2.9 iif veth1 mark 0x13 ipproto udp sport 1500 dport 80
ip rule add sport 2000-2383 lookup main
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add pref 300 oif veth0 uidrange 1000-2000 lookup 200
ip route del 10.1.0.0/16 table main
ip route get 8.8.8.8 iif veth1 uid 1500
ip rule add pref 200 iif veth0 from 10.0.0.0/8 iif lo table 100
ip route get 10.0.0.1 from 198.51.100.1
ip route get 198.51.100.1 from 198.51.100.1 oif veth0
ip rule add pref 32000 from 192.0.2.0/24 uidrange 0-100 table 300
ip rule add dport 2000-2368 iif lo table 200
ip route get 10.0.0.1 from 198.51.100.1
ip rule list pref 100
ip route get 10.0.0.1 mark 0x13
ip rule list pref 100
ip route del 10.0.0.0/8 table main
ip rule show table 100
ip route get 198.51.100.1 iif veth0
ip route get 198.51.100.1 from 198.51.100.1 oif veth2
ip rule add sport 2000 table 200
ip rule add not sport 2000 nop
ip route get 198.51.100.1 from 192.0.2.1 uid 1500
ip rule add sport 1000-1198 oif veth2 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 from 203.0.113.5 tos 0x10 ipproto udp sport 1000 dport 80
ip rule list pref 100
ip route get 10.1.9.9 iif veth0
ip route get 8.8.8.8
ip route show table 200
ip route get 172.16.1.1
ip rule add pref 200 iif lo iif veth1 goto 200
ip rule add pref 32000 from all dport 1000-1866 table main suppress_prefixlength 0
ip route get 10.1.2.9 ipproto tcp
ip rule add from 10.0.0.0/8 tos lowdelay uidrange 1000-2000 table 300
ip rule
ip rule
ip route show table all
