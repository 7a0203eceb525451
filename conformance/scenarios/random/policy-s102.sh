# Seeded random policy-routing scenario (seed 102), from conformance/generators/policy.ts.
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
ip route add blackhole 0.0.0.0/1 metric 10 table 100
ip route add prohibit default metric 10 table 100
ip route add throw 203.0.113.16/28 table 100
ip route add 10.1.0.0/16 dev veth1 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 table 200
ip route add 10.1.2.3 dev veth0 table 200
ip route add default via 192.0.2.3 table 300
ip route add throw 203.0.113.16/28 table 300
ip route add 172.16.0.0/12 dev veth1 table 300
ip route add default dev veth2 metric 10 table main
ip route add 203.0.113.16/28 dev veth0 table main
ip route add unreachable 10.1.2.3 table main
ip rule add pref 300 not uidrange 1000-2000 blackhole
ip rule del iif veth0
ip route show table 200
ip route get 10.1.2.3 iif veth3 ipproto 1 sport 0 dport 1000
ip route del 172.16.0.0/12 table 100
ip route get 10.1.2.9 from 203.0.113.5 mark 3 uid 50 ipproto udp sport 2500 dport 2001
ip route add 0.0.0.0/1 dev veth1 table 200
ip -j rule
ip route get 127.0.0.1 mark 7 tos 0x08 uid 50 ipproto udp sport 1500 dport 1000
ip rule del dport 2000 to 10.0.0.0/8 dport 1000-2062
ip rule del iif lo from 10.0.0.0/8
ip rule add dport 0 goto 300
ip rule add pref 32000 uidrange 0-0 table 100 suppress_prefixlength 8
ip route get 10.0.0.1 from 203.0.113.1 mark 0x100 fibmatch
ip route get 10.1.2.3 from 203.0.113.1 oif veth2
ip route del 172.16.0.0/12 table 300
ip route del 172.16.0.0/12 table 300
ip route add throw default table 100
ip route add throw 172.16.0.0/12 metric 10 table main
sysctl -w net.ipv4.ip_forward=0
ip route del 172.16.0.0/12 table 200
ip rule add pref 100 sport 0 nop
ip rule add pref 200 tos 0x10 nop
ip route get 10.0.0.1 uid 50
ip rule list pref 100
ip route get 198.51.100.1 ipproto tcp
ip route del default table 100
ip route get 192.0.2.77 from 198.51.100.1 iif veth1
ip rule add tos 0x10 iif veth1 prohibit
ip route show table all
ip route get 10.1.2.3 oif veth0 ipproto 1 sport 0 dport 2001
ip route add unreachable 10.1.0.0/16 metric 10 table main
ip route add 0.0.0.0/1 via 192.0.2.2 table 200
ip rule add not to 172.16.0.0/12 unreachable
ip rule del ipproto 1 uidrange 0-100 dport 2000 lookup main
ip rule show table 100
ip rule del tos lowdelay fwmark 3/3 tos 0x10 blackhole
ip rule show
ip rule add pref 100 dport 0 ipproto tcp fwmark 7 table 200 suppress_ifgroup 0
ip rule add from 192.0.2.0/24 table 200 suppress_ifgroup 5
ip route add prohibit 0.0.0.0/1 table 100
ip route get 10.1.2.3
ip route show table all
ip rule add dport 1000-2705 oif veth2 prohibit
ip rule
ip rule add pref 200 oif veth2 goto 200
ip -d rule
ip rule show table 100
ip rule add sport 0 sport 2000 dport 2000-2296 nop
ip rule add pref 50 fwmark 3/3 ipproto tcp table 200 suppress_ifgroup 0
ip route get 10.1.9.9 from 203.0.113.1 tos 0x10
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.ip_forward=0
ip rule del tos 0x10
ip rule add oif veth0 dport 1000 prohibit
ip rule add pref 200 not oif veth0 tos lowdelay uidrange 0-100 blackhole
ip route get 10.1.9.9 from 198.51.100.1 ipproto tcp sport 1500 dport 1000
ip route get 198.51.100.1 from 198.51.100.9 iif veth0
ip route show table all
ip rule add pref 200 not from 192.0.2.0/24 fwmark 0x100 table 100
ip rule
ip route show table all
