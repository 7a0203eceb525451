# Seeded random policy-routing scenario (seed 117), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth0 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add blackhole 10.0.0.0/8 table 100
ip route add prohibit 172.16.0.0/12 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add 203.0.113.16/28 dev veth1 table 200
ip route add unreachable 203.0.113.16/28 metric 10 table 300
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add default dev veth0 table main
ip route add throw 172.16.0.0/12 metric 10 table main
ip route add throw 0.0.0.0/1 table main
ip rule add pref 300 from 198.51.100.1 goto 50
ip route del 10.1.2.0/24 table 200
ip route get 10.0.0.1 oif veth0 tos 0x08 uid 1500
ip route get 172.16.1.1 iif veth3 uid 50
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add 10.0.0.0/8 via 192.0.2.2 table 300
ip rule del fwmark 7 iif veth0 table 200 suppress_ifgroup 0
ip rule add not uidrange 0-100 fwmark 7 nop
ip rule show
ip rule add not oif veth0 fwmark 7 table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 203.0.113.5 oif veth0
ip rule
sysctl -w net.ipv4.ip_forward=1
ip route get 192.0.2.77 from 198.51.100.9 mark 0x13 tos 0x10
ip rule add pref 300 uidrange 1000-2000 from 10.0.0.0/8 table 100 suppress_prefixlength 16
ip route del 203.0.113.16/28 table 300
ip -d rule
ip rule add pref 32000 oif veth2 nop
ip route get 192.0.2.77 from 192.0.2.1 oif veth0 mark 0x13 fibmatch
ip rule del iif veth0 table 200 suppress_ifgroup 0
ip route get 172.16.1.1 iif veth3 mark 3 uid 0
ip route add 0.0.0.0/1 via 203.0.113.2 table main
ip rule show table 100
ip route get 8.8.8.8 from 192.0.2.1 oif veth2
ip rule del to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip -d rule
ip rule add pref 100 not sport 2000-2837 iif lo table 100
ip route get 8.8.8.8 iif veth1 ipproto 1
ip rule
ip route get 10.1.2.3 iif veth0 mark 7
ip rule add uidrange 1000-2000 tos lowdelay prohibit
ip rule add iif veth1 oif veth2 table 200
ip route del 10.1.2.3 table main
ip rule del pref 300
ip rule add pref 50 uidrange 1000-2000 fwmark 0x100 fwmark 7 prohibit
ip route show table 200
ip rule add pref 100 to 172.16.0.0/12 table main suppress_prefixlength 8
ip rule del ipproto udp uidrange 0-100 goto 32000
ip rule show table 100
ip route add 203.0.113.16/28 dev veth0 table main
ip rule del pref 50
ip route get 10.1.2.3
ip route get 198.51.100.1 mark 0x100 tos 0x08 ipproto 1
ip rule del pref 300
ip route get 192.0.2.77 uid 50
ip route add unreachable 10.1.2.3 table 200
ip rule del pref 100
ip route get 10.1.9.9 from 198.51.100.1 mark 0x100 ipproto tcp
ip route del 10.1.0.0/16 table main
ip route show table all
ip route get 10.1.9.9 from 10.1.2.3 ipproto 1
ip rule add uidrange 0-0 prohibit
ip rule add pref 300 to 10.1.2.0/24 to 172.16.0.0/12 tos 0x08 table 300
ip rule add pref 200 from 203.0.113.0/28 nop
ip rule add uidrange 0-0 goto 100
ip route get 172.16.1.1
ip route show table all
ip rule add pref 32000 fwmark 3/3 lookup main
ip route get 10.1.9.9 from 198.51.100.1
ip rule del from 198.51.100.1 uidrange 0-0 table 200 suppress_ifgroup 5
ip rule
ip route show table all
