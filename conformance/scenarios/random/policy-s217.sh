# Seeded random policy-routing scenario (seed 217), from conformance/generators/policy.ts.
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
ip route add 10.1.2.3 dev veth2 table 100
ip route add 203.0.113.16/28 dev veth2 table 100
ip route add 203.0.113.16/28 dev veth0 table 100
ip route add default via 198.51.100.2 table 200
ip route add prohibit default table 200
ip route add 10.0.0.0/8 dev veth0 metric 10 table 200
ip route add 172.16.0.0/12 dev veth0 table 300
ip route add 10.1.0.0/16 dev veth1 table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add 10.1.0.0/16 via 203.0.113.2 metric 10 table main
ip route add unreachable 10.1.2.3 table main
ip route add unreachable default table main
ip route get 172.16.1.1 from 10.1.2.3
ip rule add dport 2000-3387 blackhole
ip rule add dport 0 iif lo unreachable
ip rule del not tos 0x08
ip route get 8.8.8.8 from 192.0.2.1 mark 0x13
ip rule add not fwmark 3/3 fwmark 7 sport 1000-2181 table 200 suppress_ifgroup 5
ip route get 10.1.2.3 from 203.0.113.1 oif veth2
ip route del 10.1.2.3 table 100
ip route show table 200
ip rule del pref 300
ip rule add pref 100 ipproto udp table 100 suppress_prefixlength 8
ip rule add dport 1000 to 8.8.8.8 table 300
ip route del 10.1.2.3 table main
ip rule add tos lowdelay fwmark 3/3 table 200 suppress_ifgroup 5
ip rule list pref 100
ip rule del not from all to 8.8.8.8 prohibit
ip link set veth2 down
sysctl -w net.ipv4.ip_forward=0
ip route get 8.8.8.8 iif veth1
ip link set veth0 down
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table 100
ip rule add pref 300 uidrange 0-100 table 200 suppress_ifgroup 0
ip rule add to 172.16.0.0/12 lookup 200
ip route show table all
ip route get 172.16.1.1 from 198.51.100.1 ipproto tcp sport 0 dport 80
ip route del 10.1.0.0/16 table 200
ip rule del pref 300
ip rule add from 10.0.0.0/8 oif veth0 oif veth2 lookup 200
ip rule del pref 32000
ip rule add pref 100 to 172.16.0.0/12 dport 0 sport 1000 nop
ip rule add not sport 2000 dport 1000-2606 prohibit
ip route get 127.0.0.1 iif veth3 ipproto tcp sport 2500 dport 1000
ip rule add pref 200 iif veth3 from 10.0.0.0/8 unreachable
ip rule add pref 300 oif veth0 from 203.0.113.0/28 unreachable
ip route get 172.16.1.1 from 198.51.100.1 mark 7 uid 50
ip rule del pref 100
sysctl -w net.ipv4.conf.veth3.rp_filter=1
ip link set veth2 up
ip rule add iif veth1 uidrange 1000-2000 table main suppress_prefixlength 8
ip route get 203.0.113.20 iif veth0
ip -j rule
ip rule
ip rule del to 172.16.0.0/12 goto 300
ip rule show table 100
ip route get 192.0.2.77 mark 3
ip rule show table 100
ip rule add pref 100 fwmark 0x10/0xf0 table main suppress_prefixlength 0
ip route get 127.0.0.1 from 198.51.100.9 mark 0x100
ip route get 8.8.8.8 from 198.51.100.9 mark 0x100
ip rule add pref 300 sport 1000-1782 iif lo table 100
ip rule show table 100
ip route get 198.51.100.1
ip route del 172.16.0.0/12 table main
ip rule add ipproto 1 tos 0x10 blackhole
ip rule add pref 100 oif veth0 goto 100
ip route get 203.0.113.20 from 192.0.2.1 uid 0 ipproto udp sport 0 dport 2001
ip route add 10.1.0.0/16 via 192.0.2.3 table main
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip rule del not uidrange 0-0 table main suppress_prefixlength 16
ip rule add pref 50 sport 2000 ipproto 1 table main suppress_prefixlength 0
ip rule
ip route show table all
