# Seeded random policy-routing scenario (seed 166), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 dev veth1 table 100
ip route add 10.1.0.0/16 via 203.0.113.2 table 100
ip route add throw 10.1.0.0/16 metric 10 table 100
ip route add 10.1.0.0/16 via 192.0.2.2 table 200
ip route add blackhole 203.0.113.16/28 metric 10 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add default dev veth1 table 300
ip route add blackhole 203.0.113.16/28 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.0/24 via 192.0.2.2 metric 10 table main
ip route add 10.1.2.0/24 via 203.0.113.2 table main
ip route add 10.0.0.0/8 dev veth2 table main
ip rule add pref 200 uidrange 1000-2000 prohibit
ip rule add pref 200 fwmark 7 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 from 203.0.113.5
ip route get 203.0.113.20 from 10.1.2.3 iif veth3 tos 0x08 uid 1500
ip route show table all
ip route get 203.0.113.20 oif veth2
ip rule add pref 32000 sport 1000-2872 from all sport 1000-1491 unreachable
ip route show table all
ip route get 10.1.9.9 from 10.1.2.3 oif veth0 mark 3 ipproto tcp
ip route get 10.1.2.9 from 198.51.100.1 mark 0x100 ipproto udp sport 2500 dport 1000
ip route get 8.8.8.8 ipproto udp sport 0 dport 80
ip rule
ip route get 127.0.0.1 from 10.1.2.3
ip route get 203.0.113.20 from 203.0.113.5 iif veth3 uid 1500
ip rule del fwmark 0x10/0xf0 oif veth0 nop
ip rule list pref 100
ip rule add pref 32000 not iif lo uidrange 0-0 unreachable
ip route get 10.1.2.9 tos 0x10
ip rule add pref 200 iif veth0 unreachable
ip route add 10.0.0.0/8 via 203.0.113.2 table 100
ip rule show
ip route get 8.8.8.8
ip route del 10.0.0.0/8 table 100
ip route get 10.0.0.1
ip rule add to 172.16.0.0/12 ipproto 1 sport 2000-3944 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.ip_forward=1
ip route show table 200
ip rule del iif veth0 prohibit
ip rule add pref 300 from all ipproto tcp sport 0-1181 blackhole
ip route get 10.1.2.3 oif veth0 mark 7 uid 50 ipproto tcp
ip route get 203.0.113.20 from 198.51.100.9
ip rule list pref 100
ip route add prohibit 172.16.0.0/12 metric 10 table 100
ip rule add to 172.16.0.0/12 blackhole
ip rule show table 100
ip rule add dport 0 ipproto 1 table 200 suppress_ifgroup 5
ip rule
ip rule list pref 100
sysctl -w net.ipv4.ip_forward=1
ip rule del not tos 0x10 sport 2000-3616
ip rule show table 100
ip route show table 200
ip route add throw 10.1.2.3 table main
ip rule add pref 50 dport 0 blackhole
ip rule add tos 0x08 nop
ip route get 203.0.113.20 from 10.1.2.3 iif veth0 uid 0
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route show table all
ip route get 172.16.1.1 from 10.1.2.3 iif veth1
ip rule del ipproto tcp
ip route get 10.1.9.9 oif veth0 mark 0x13 uid 1500
ip route get 10.1.2.3 iif veth1 mark 0x13
ip route get 127.0.0.1 mark 0x13 fibmatch
ip route add 203.0.113.16/28 dev veth0 metric 10 table main
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip rule add pref 100 tos 0x10 table main suppress_prefixlength 16
ip rule add pref 200 sport 1000-1629 fwmark 3/3 goto 50
ip route del 172.16.0.0/12 table 300
ip route get 10.0.0.1 iif veth0 mark 0x100 tos 0x10 ipproto udp sport 1000 dport 80
ip route show table 200
ip rule
ip route show table all
