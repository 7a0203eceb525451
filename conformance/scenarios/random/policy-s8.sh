# Seeded random policy-routing scenario (seed 8), from conformance/generators/policy.ts.
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
ip route add prohibit 0.0.0.0/1 table 100
ip route add 10.1.2.3 dev veth0 metric 10 table 100
ip route add unreachable 10.1.2.3 table 100
ip route add unreachable 10.0.0.0/8 table 200
ip route add blackhole 10.1.2.3 table 200
ip route add throw 10.1.2.0/24 metric 10 table 200
ip route add 10.0.0.0/8 via 192.0.2.2 table 300
ip route add 10.1.2.0/24 dev veth1 table 300
ip route add 0.0.0.0/1 dev veth0 table 300
ip route add 0.0.0.0/1 dev veth2 table main
ip route add 10.1.2.3 dev veth2 table main
ip route add 10.1.0.0/16 via 198.51.100.2 table main
ip link set veth0 down
ip route get 10.0.0.1 from 203.0.113.1 ipproto 1
ip rule del oif veth2
ip rule add pref 100 iif veth0 fwmark 0x100 oif veth2 prohibit
ip route del default table 100
ip route get 10.1.2.3
ip rule add pref 50 to 172.16.0.0/12 table 100
ip rule add pref 200 sport 1000-1759 ipproto 1 unreachable
ip rule add from all to 10.1.2.0/24 dport 1000-1884 goto 50
ip route get 203.0.113.20 from 203.0.113.1
ip route add blackhole 203.0.113.16/28 metric 10 table 200
ip rule del to 10.1.2.0/24
ip rule list pref 100
ip rule add iif veth0 prohibit
ip route add unreachable 10.1.2.0/24 table 200
ip rule show
ip route get 172.16.1.1 from 10.1.2.3 oif veth2
ip route show table 200
ip route get 10.1.9.9 tos 0x10
ip route add unreachable 10.1.2.3 metric 10 table 100
sysctl -w net.ipv4.ip_forward=1
ip route add prohibit 10.1.2.0/24 table 300
ip route get 10.1.9.9 iif veth3 uid 0
ip rule add uidrange 0-0 uidrange 0-0 prohibit
ip rule add tos lowdelay nop
ip route get 10.1.2.3 mark 0x13
ip route del 10.1.2.3 table 200
ip rule add pref 50 to 8.8.8.8 uidrange 0-0 unreachable
ip rule del ipproto tcp ipproto tcp
ip route get 192.0.2.77 iif veth1 tos 0x08
ip rule add pref 100 ipproto tcp lookup 100
ip rule show table 100
ip rule
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip rule add pref 32000 to 10.1.2.0/24 iif lo table 100
ip route get 203.0.113.20 iif veth3
ip rule add pref 32000 iif veth1 dport 0-1694 nop
ip rule add pref 100 oif veth0 blackhole
ip route get 198.51.100.1 from 203.0.113.1 oif veth0
ip route get 8.8.8.8 iif veth0
ip route get 127.0.0.1 from 10.1.2.3 iif veth0
ip route get 198.51.100.1 iif veth0 mark 0x100
ip route get 172.16.1.1 from 198.51.100.9 uid 50
ip route get 192.0.2.77 from 192.0.2.1 iif veth3 tos 0x08
ip rule del pref 200
ip -d rule
ip route get 10.1.9.9 mark 3
ip route get 172.16.1.1 from 10.1.2.3 iif veth3 mark 0x13 tos 0x10
ip route get 198.51.100.1 from 192.0.2.1 oif veth2 tos 0x10 ipproto tcp sport 2500 dport 2001
ip route get 127.0.0.1
ip rule add pref 100 not uidrange 0-100 table main suppress_prefixlength 16
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip rule show table 100
ip route get 10.1.2.3 from 203.0.113.5 oif veth0 ipproto tcp sport 1000 dport 1000
ip route get 192.0.2.77 from 192.0.2.1
ip rule show table 100
ip rule del not to 8.8.8.8 tos lowdelay uidrange 1000-2000
ip rule add oif veth2 fwmark 3/3 blackhole
ip rule del pref 50
ip route get 172.16.1.1 mark 3 ipproto udp sport 2500 dport 1000
ip rule
ip route show table all
