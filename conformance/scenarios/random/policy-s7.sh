# Seeded random policy-routing scenario (seed 7), from conformance/generators/policy.ts.
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
ip route add 10.0.0.0/8 dev veth1 table 100
ip route add 10.1.2.0/24 dev veth0 table 100
ip route add 203.0.113.16/28 via 203.0.113.2 table 100
ip route add 10.1.0.0/16 dev veth2 table 200
ip route add unreachable default metric 10 table 200
ip route add 203.0.113.16/28 via 192.0.2.2 table 200
ip route add blackhole 10.1.2.3 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add prohibit 172.16.0.0/12 table 300
ip route add 172.16.0.0/12 via 198.51.100.2 metric 10 table main
ip route add 10.1.0.0/16 via 192.0.2.2 table main
ip route add blackhole default metric 10 table main
ip rule del sport 1000 iif veth1 fwmark 7 goto 100
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route get 10.1.2.3 tos 0x08
ip route get 10.0.0.1 from 10.1.2.3 ipproto tcp sport 1500 dport 80
ip rule add oif veth2 dport 0 prohibit
ip rule add oif veth0 unreachable
ip rule del from 198.51.100.1 fwmark 0x10/0xf0 ipproto udp nop
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=0
ip route get 10.1.9.9 from 198.51.100.1 mark 7 ipproto udp sport 2500 dport 80
ip route get 198.51.100.1 oif veth0
ip rule add ipproto 1 to 8.8.8.8 nop
ip route get 8.8.8.8 from 192.0.2.1 ipproto tcp sport 0 dport 1000
ip route add 0.0.0.0/1 dev veth0 metric 10 table 200
ip route del 0.0.0.0/1 table main
ip route add 203.0.113.16/28 dev veth2 metric 10 table 100
ip rule del pref 200
ip route get 10.1.9.9 mark 0x13 uid 1500
ip route show table 200
ip rule del pref 100
ip route get 10.1.2.9
ip rule
ip route get 172.16.1.1 from 192.0.2.1 oif veth2 ipproto udp sport 1500 dport 1000
ip rule del fwmark 0x10/0xf0 from 192.0.2.0/24 iif lo unreachable
ip route get 203.0.113.20 from 192.0.2.1 fibmatch
ip route get 10.0.0.1 from 203.0.113.1 tos 0x10
ip route add 172.16.0.0/12 via 198.51.100.2 table 100
ip rule show table 100
ip rule add pref 200 iif lo blackhole
ip rule
ip route add blackhole 203.0.113.16/28 table main
ip route add blackhole 10.0.0.0/8 metric 10 table main
ip route get 203.0.113.20 mark 0x100
ip route get 10.1.9.9 from 203.0.113.5 iif veth3
ip rule add from 10.0.0.0/8 table 100 suppress_prefixlength 8
ip route get 10.1.9.9 from 203.0.113.5 mark 0x100 ipproto udp sport 1000 dport 1000
ip rule del uidrange 0-100 uidrange 0-100 oif veth2
ip route get 192.0.2.77 from 192.0.2.1 tos 0x08 uid 1500 ipproto udp sport 0 dport 80
ip link set veth2 down
ip rule add pref 50 not iif veth3 iif veth0 iif veth1 blackhole
ip rule add uidrange 0-0 blackhole
ip route get 10.1.2.9
ip rule add not sport 0 fwmark 7 from 192.0.2.0/24 table 200 suppress_ifgroup 5
ip rule add pref 32000 from all iif veth0 fwmark 0x100 prohibit
ip route get 192.0.2.77 from 203.0.113.5 mark 0x13 fibmatch
ip route show table all
ip route get 10.1.9.9 iif veth0
ip rule del to 8.8.8.8 tos 0x10 sport 2000 lookup 200
ip rule
ip route add prohibit 10.1.2.3 table 300
ip rule show table 100
ip rule add pref 300 oif veth0 iif veth3 table 300
ip rule add not ipproto 1 blackhole
ip rule add pref 300 iif veth3 from 10.0.0.0/8 fwmark 0x100 goto 50
ip route get 127.0.0.1 ipproto 1 sport 2500 dport 1000
ip -d rule
ip rule add to 172.16.0.0/12 ipproto 1 to 10.1.2.0/24 blackhole
ip rule del dport 1000-1935 sport 0 iif lo
ip rule
ip route get 203.0.113.20 iif veth3 uid 50
ip rule
ip route show table all
