# Seeded random policy-routing scenario (seed 113), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.0/24 metric 10 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 100
ip route add blackhole 172.16.0.0/12 table 200
ip route add prohibit 10.1.2.0/24 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add prohibit 10.1.2.3 table 300
ip route add throw 10.1.2.0/24 table 300
ip route add 10.1.2.3 via 198.51.100.2 metric 10 table 300
ip route add prohibit 10.0.0.0/8 table main
ip route add unreachable default table main
ip route add 10.1.2.3 via 192.0.2.3 table main
ip rule add pref 50 to 10.0.0.0/8 from 192.0.2.0/24 uidrange 0-100 table 100 suppress_prefixlength 0
ip rule show
sysctl -w net.ipv4.ip_forward=1
ip rule show table 100
ip rule add pref 100 from 198.51.100.1 table 200 suppress_ifgroup 5
ip route del default table 100
ip rule add pref 32000 dport 2000-2533 goto 300
ip rule add pref 100 to 172.16.0.0/12 table 100
ip route get 10.1.2.3 from 203.0.113.1 iif veth1 ipproto 1
ip route get 8.8.8.8 from 198.51.100.1 uid 50
ip rule del dport 2000 from 10.0.0.0/8
ip route get 192.0.2.77 from 10.1.2.3 mark 3
ip -d rule
ip rule add not to 8.8.8.8 sport 1000 lookup main
ip route add default via 192.0.2.2 metric 10 table main
ip rule add not from 10.0.0.0/8 table 100
ip route add blackhole default table 300
ip route add default via 203.0.113.2 table 200
ip route show table all
ip route get 10.0.0.1 from 198.51.100.9 tos 0x10 uid 1500 ipproto udp sport 2500 dport 1000
ip rule add fwmark 3/3 to 10.0.0.0/8 unreachable
ip route add 0.0.0.0/1 dev veth0 table main
ip rule add fwmark 7 prohibit
ip rule add pref 32000 not sport 0 blackhole
ip rule add pref 300 oif veth0 from 192.0.2.0/24 goto 50
ip route get 198.51.100.1 from 203.0.113.5
ip route get 8.8.8.8 from 192.0.2.1
ip route get 8.8.8.8 from 192.0.2.1 oif veth2 ipproto tcp sport 2500 dport 1000
ip -d rule
ip route add 10.1.2.3 via 203.0.113.2 table 200
ip route get 10.1.2.3 from 203.0.113.1 iif veth0 mark 3 tos 0x08 ipproto udp sport 2500 dport 80
ip route add 172.16.0.0/12 dev veth0 metric 10 table 200
ip rule list pref 100
ip rule add oif veth0 tos lowdelay prohibit
ip route add 10.1.2.0/24 dev veth0 table main
ip rule add pref 200 from 198.51.100.1 unreachable
ip route get 10.1.2.9 fibmatch
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 200
ip rule show table 100
ip rule list pref 100
ip rule add to 10.0.0.0/8 sport 2000 nop
ip route get 127.0.0.1 from 198.51.100.1 mark 3
ip route get 203.0.113.20 from 192.0.2.1 mark 0x100 ipproto tcp sport 2500 dport 2001
ip rule show table 100
ip rule list pref 100
ip route get 10.0.0.1 iif veth0 uid 50 ipproto tcp
ip rule show table 100
ip rule del pref 300
ip rule show
ip route get 10.1.2.9 from 198.51.100.9 iif veth1 fibmatch
ip rule add pref 50 to 10.0.0.0/8 nop
ip route get 172.16.1.1 from 203.0.113.1 oif veth2 mark 0x100 ipproto tcp
ip rule add not dport 2000-3125 iif veth1 lookup 200
ip rule add dport 2000 from all to 8.8.8.8 table 300
ip route get 192.0.2.77
ip route del 203.0.113.16/28 table 200
ip rule show table 100
ip route get 192.0.2.77
ip route get 8.8.8.8 iif veth1 tos 0x10
ip route show table all
ip rule
ip route show table all
