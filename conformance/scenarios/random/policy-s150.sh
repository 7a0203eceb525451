# Seeded random policy-routing scenario (seed 150), from conformance/generators/policy.ts.
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
ip route add prohibit 203.0.113.16/28 table 100
ip route add throw 10.1.0.0/16 table 100
ip route add 203.0.113.16/28 dev veth1 table 100
ip route add throw 10.0.0.0/8 table 200
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add prohibit default metric 10 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route add 10.1.0.0/16 via 198.51.100.2 metric 10 table main
ip route add blackhole 10.0.0.0/8 table main
ip route add unreachable default table main
ip route get 10.0.0.1 from 10.1.2.3
ip route get 10.1.2.9 oif veth0 mark 0x100
ip route get 10.1.2.9
ip route del 10.1.0.0/16 table 300
ip rule add dport 1000-2389 sport 0 lookup 200
ip rule show table 100
ip rule add pref 300 oif veth2 to 10.1.2.0/24 uidrange 0-100 table 200
ip rule add pref 32000 oif veth2 from 10.0.0.0/8 table 100 suppress_prefixlength 16
ip rule add dport 1000 uidrange 0-0 lookup 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip route get 10.1.2.3 from 10.1.2.3 mark 0x13 ipproto 1 sport 1500 dport 1000
ip route get 127.0.0.1 mark 0x13 uid 1500
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route del default table main
ip rule list pref 100
ip rule del from 203.0.113.0/28
ip route add 0.0.0.0/1 dev veth2 table 300
ip rule add dport 0 sport 0 ipproto udp table 200 suppress_ifgroup 5
ip route get 10.0.0.1
ip rule del pref 32000
ip route get 127.0.0.1 from 198.51.100.9 mark 0x100
ip route show table all
ip route add unreachable 172.16.0.0/12 metric 10 table 200
ip rule del oif veth2 fwmark 3/3 sport 2000 goto 300
ip route add unreachable 172.16.0.0/12 metric 10 table main
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route add throw 10.0.0.0/8 metric 10 table 200
ip route get 192.0.2.77 mark 7
ip route add blackhole 203.0.113.16/28 metric 10 table main
ip rule del to 10.1.2.0/24 table 200 suppress_ifgroup 0
ip route del 10.0.0.0/8 table 300
ip route get 203.0.113.20 from 203.0.113.5 tos 0x10
ip route get 10.1.2.9 from 10.1.2.3 mark 0x13
ip route show table all
ip route get 172.16.1.1 from 203.0.113.5 uid 50
ip route get 8.8.8.8 from 192.0.2.1 iif veth0
ip rule show
ip rule
ip rule list pref 100
ip route get 192.0.2.77 from 198.51.100.1 iif veth3 mark 7 ipproto tcp sport 1000 dport 2001
ip route get 10.1.2.9 oif veth0 tos 0x08 uid 50
ip route get 10.1.9.9 from 192.0.2.1 oif veth0
ip route get 10.1.2.3 iif veth1
ip route add default dev veth2 table 100
ip rule add pref 200 to 172.16.0.0/12 iif lo to 10.0.0.0/8 table 200 suppress_ifgroup 5
ip rule add pref 32000 from 203.0.113.0/28 goto 100
ip route add prohibit 172.16.0.0/12 table 300
ip rule del pref 300
ip -d rule
ip rule del pref 100
ip rule add pref 300 uidrange 0-100 ipproto udp fwmark 0x10/0xf0 goto 300
ip route del 10.1.2.3 table 100
ip rule del pref 100
ip rule add to 10.1.2.0/24 fwmark 0x10/0xf0 uidrange 0-0 goto 50
ip route add blackhole 10.0.0.0/8 table 300
ip rule add sport 2000 table 300
ip rule add sport 0-1918 uidrange 0-0 table 100 suppress_prefixlength 0
ip route get 10.0.0.1 from 192.0.2.1 ipproto tcp sport 1000 dport 2001
ip route get 10.1.2.3 from 198.51.100.9 oif veth0 tos 0x08
ip rule
ip route show table all
