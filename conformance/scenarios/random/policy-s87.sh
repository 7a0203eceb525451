# Seeded random policy-routing scenario (seed 87), from conformance/generators/policy.ts.
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
ip route add default via 198.51.100.2 metric 10 table 100
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 metric 10 table 200
ip route add throw 172.16.0.0/12 table 200
ip route add prohibit 172.16.0.0/12 table 200
ip route add unreachable 0.0.0.0/1 table 300
ip route add 10.1.2.3 dev veth2 metric 10 table 300
ip route add 10.1.2.0/24 dev veth2 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table main
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table main
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip rule add pref 50 tos 0x10 uidrange 0-0 ipproto 1 nop
ip route get 10.1.2.3 oif veth0 mark 3 tos 0x10 ipproto udp sport 0 dport 1000 fibmatch
ip route get 8.8.8.8 mark 0x100 fibmatch
ip route get 198.51.100.1 from 10.1.2.3
ip route get 10.1.9.9 iif veth0 fibmatch
ip rule add pref 100 to 172.16.0.0/12 lookup 200
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 200
ip route get 127.0.0.1 from 198.51.100.1 mark 7
ip rule add pref 200 ipproto tcp from 198.51.100.1 unreachable
ip route get 10.1.9.9 iif veth1 uid 50
ip route get 10.1.2.3 from 192.0.2.1 iif veth0 mark 7 tos 0x10
ip route add throw 172.16.0.0/12 metric 10 table main
ip route show table 200
ip rule
ip route get 8.8.8.8 from 192.0.2.1
ip rule add from 10.0.0.0/8 oif veth2 nop
ip route get 127.0.0.1 mark 7 uid 1500
ip route get 172.16.1.1 from 198.51.100.9 iif veth1
ip rule add pref 200 iif lo fwmark 0x100 from 203.0.113.0/28 prohibit
ip route get 10.1.2.9
ip route show table 200
ip route get 198.51.100.1 from 203.0.113.1
ip rule del dport 0 sport 2000-2302 lookup 100
ip rule show
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip rule add from all oif veth0 lookup 200
ip route get 10.1.2.9 oif veth2
ip route get 198.51.100.1 from 203.0.113.5 oif veth2
ip route show table 200
ip rule add pref 300 dport 1000-2646 to 172.16.0.0/12 sport 1000 prohibit
ip rule list pref 100
ip -d rule
ip route get 198.51.100.1 tos 0x08
ip rule del pref 100
ip rule add uidrange 0-100 nop
ip rule add pref 100 tos 0x10 tos lowdelay fwmark 7 table 100
ip rule show table 100
ip route get 192.0.2.77 mark 0x13 tos 0x08
ip route get 127.0.0.1 from 198.51.100.1 uid 50
ip route show table all
ip -d rule
ip route add 172.16.0.0/12 dev veth2 table 100
ip route get 10.1.2.3 from 192.0.2.1 iif veth0
ip route get 8.8.8.8 from 203.0.113.1 iif veth3
ip rule show
ip route get 10.1.2.3 iif veth0 tos 0x08 fibmatch
ip rule del pref 100
ip route get 198.51.100.1 from 192.0.2.1 ipproto 1 sport 1000 dport 80
ip rule add not ipproto udp nop
ip route add throw 0.0.0.0/1 metric 10 table 300
ip rule add pref 200 uidrange 0-0 from 203.0.113.0/28 nop
ip rule
sysctl -w net.ipv4.ip_forward=0
ip route get 198.51.100.1 from 10.1.2.3 uid 1500
ip rule add fwmark 7 nop
ip route get 198.51.100.1 from 192.0.2.1 iif veth1
ip rule add pref 300 ipproto udp uidrange 0-0 unreachable
ip route get 172.16.1.1 from 203.0.113.5 mark 3
ip rule add pref 32000 ipproto 1 table 300
ip rule
ip route show table all
