# Seeded random policy-routing scenario (seed 179), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 203.0.113.2 table 100
ip route add default dev veth2 table 100
ip route add unreachable 10.1.2.3 table 100
ip route add 10.0.0.0/8 dev veth0 table 200
ip route add 10.0.0.0/8 via 198.51.100.2 table 200
ip route add blackhole 10.1.0.0/16 table 200
ip route add 10.1.0.0/16 via 192.0.2.3 table 300
ip route add throw default table 300
ip route add 203.0.113.16/28 via 198.51.100.2 table 300
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route add 203.0.113.16/28 via 203.0.113.2 table main
ip route add 10.1.0.0/16 dev veth1 table main
ip route show table 200
ip rule add uidrange 0-0 uidrange 0-0 unreachable
ip route get 192.0.2.77 from 192.0.2.1
ip rule
ip rule del pref 200
sysctl -w net.ipv4.ip_forward=0
ip rule show table 100
ip route get 172.16.1.1 mark 0x100 ipproto tcp sport 1000 dport 80
ip rule add to 10.0.0.0/8 oif veth0 prohibit
ip route add 172.16.0.0/12 dev veth0 metric 10 table 100
ip rule add pref 200 fwmark 3/3 blackhole
ip rule add uidrange 0-0 iif lo oif veth0 table main suppress_prefixlength 0
ip route get 172.16.1.1 mark 7 uid 1500
ip rule show table 100
ip route show table all
ip rule add pref 100 iif veth0 dport 0 goto 32000
ip route get 8.8.8.8 mark 7
ip rule add pref 300 dport 0-1255 prohibit
ip route show table 200
ip route add 203.0.113.16/28 via 198.51.100.2 table 200
ip rule
ip route get 10.1.2.3 from 203.0.113.1 iif veth1
ip rule add iif lo from 10.0.0.0/8 tos lowdelay table 200 suppress_ifgroup 5
ip rule del ipproto udp table 100 suppress_prefixlength 16
ip rule add pref 300 not ipproto tcp nop
ip route del default table 200
ip rule add pref 200 from 10.0.0.0/8 from 203.0.113.0/28 dport 2000-2916 lookup main
ip rule add not sport 1000-1858 tos 0x08 oif veth0 blackhole
ip route get 172.16.1.1 tos 0x08 ipproto 1 sport 1500 dport 80
ip link set veth2 up
ip rule add pref 300 not from all iif veth0 to 10.0.0.0/8 goto 32000
ip route get 10.0.0.1 iif veth3
ip route get 10.0.0.1 tos 0x08
ip route get 172.16.1.1 iif veth1 tos 0x08
ip route get 10.1.2.9 mark 3 ipproto 1
ip -d rule
ip rule show table 100
ip route get 10.0.0.1
ip -d rule
ip rule add oif veth2 sport 2000 goto 100
ip route add prohibit 10.1.0.0/16 table main
ip rule
ip -d rule
ip route get 198.51.100.1 ipproto tcp
ip route add throw 172.16.0.0/12 table 200
ip route get 198.51.100.1 iif veth0
ip route add blackhole 172.16.0.0/12 table 300
ip rule del to 8.8.8.8 unreachable
ip route add 203.0.113.16/28 dev veth1 table 300
ip route get 10.1.2.3 from 192.0.2.1 uid 50
ip route show table all
ip rule show
ip route get 10.1.2.3 from 198.51.100.1 mark 7
ip rule add uidrange 0-0 oif veth2 table main suppress_prefixlength 8
ip rule show
ip route show table all
ip route get 198.51.100.1 from 198.51.100.9 iif veth3
ip route get 10.1.9.9 mark 3
ip route add throw 10.1.0.0/16 table 200
ip rule add pref 50 from 10.0.0.0/8 lookup 100
ip rule
ip route show table all
