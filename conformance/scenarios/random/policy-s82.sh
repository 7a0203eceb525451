# Seeded random policy-routing scenario (seed 82), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 table 100
ip route add throw 10.1.2.3 table 100
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table 100
ip route add prohibit 203.0.113.16/28 table 200
ip route add default dev veth2 table 200
ip route add 10.1.2.0/24 dev veth1 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add blackhole 10.1.2.0/24 metric 10 table main
ip route add 10.1.2.0/24 via 203.0.113.2 table main
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 300
ip rule add pref 300 from 192.0.2.0/24 unreachable
sysctl -w net.ipv4.ip_forward=0
ip route get 192.0.2.77 from 198.51.100.1 iif veth1
ip route get 10.1.9.9 mark 0x100
ip rule add pref 100 sport 0 goto 32000
ip rule add pref 200 fwmark 3/3 unreachable
ip route get 8.8.8.8 from 203.0.113.1 tos 0x08 ipproto udp sport 0 dport 1000
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip rule add fwmark 0x100 tos 0x10 blackhole
ip route get 192.0.2.77 mark 0x13
ip rule add pref 200 ipproto udp from 10.0.0.0/8 iif veth0 lookup main
ip route add 10.1.0.0/16 dev veth1 table 100
ip route add unreachable 0.0.0.0/1 table 300
ip rule add dport 1000-1705 iif lo table 300
ip route get 198.51.100.1 mark 0x13 tos 0x08 uid 0
ip rule del dport 0-1102 blackhole
ip rule add pref 50 fwmark 3/3 tos 0x08 unreachable
sysctl -w net.ipv4.ip_forward=1
ip route add throw 203.0.113.16/28 table 300
ip -d rule
ip rule show table 100
ip rule add pref 32000 ipproto 1 iif veth3 prohibit
ip rule add pref 32000 not to 10.1.2.0/24 lookup 100
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip route del 0.0.0.0/1 table 100
ip rule add to 10.0.0.0/8 sport 1000-1397 table main suppress_prefixlength 16
ip route add throw 10.1.2.0/24 metric 10 table 100
ip rule add pref 100 from 198.51.100.1 uidrange 0-0 table main suppress_prefixlength 8
ip route get 127.0.0.1 from 203.0.113.5 ipproto tcp
ip rule add fwmark 0x100 to 172.16.0.0/12 iif veth0 unreachable
ip rule add pref 100 sport 2000-3747 oif veth2 lookup 200
ip route add throw 10.1.2.0/24 metric 10 table 200
ip route get 8.8.8.8 from 192.0.2.1 ipproto udp
ip route get 8.8.8.8 oif veth0 ipproto 1 sport 1000 dport 2001
ip rule add pref 32000 not uidrange 1000-2000 uidrange 0-0 unreachable
ip rule add uidrange 0-0 table 300
ip route get 8.8.8.8 from 203.0.113.1 mark 0x13 fibmatch
ip rule add pref 300 iif lo unreachable
ip route get 172.16.1.1 from 198.51.100.9 tos 0x10
ip rule add from 10.0.0.0/8 iif veth1 lookup 100
ip rule add pref 300 not to 10.0.0.0/8 from 10.0.0.0/8 table 100
ip -d rule
ip route get 10.1.2.9 from 203.0.113.1
ip link set veth0 up
ip route add default dev veth0 table 200
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip rule add pref 200 oif veth2 iif veth0 blackhole
ip route get 10.1.2.3 from 198.51.100.1 ipproto udp sport 0 dport 2001
ip rule del pref 100
ip -d rule
ip route get 203.0.113.20 from 198.51.100.1 ipproto udp
ip route get 172.16.1.1 tos 0x08
ip rule del pref 50
ip route get 172.16.1.1 from 203.0.113.1
ip route get 203.0.113.20 iif veth3 ipproto tcp sport 1000 dport 1000
ip rule add dport 0 from 203.0.113.0/28 goto 100
ip rule list pref 100
ip route get 10.1.2.3 from 192.0.2.1 mark 0x13 uid 50
ip rule add uidrange 1000-2000 tos lowdelay unreachable
ip rule
ip route show table all
