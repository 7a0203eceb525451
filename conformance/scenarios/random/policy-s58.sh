# Seeded random policy-routing scenario (seed 58), from conformance/generators/policy.ts.
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
ip route add prohibit 10.0.0.0/8 table 100
ip route add 172.16.0.0/12 via 203.0.113.2 table 100
ip route add prohibit default metric 10 table 100
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add 10.1.2.3 via 192.0.2.2 table 200
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table 200
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip route add prohibit 203.0.113.16/28 table 300
ip route add 10.1.2.3 via 198.51.100.2 table 300
ip route add prohibit 10.1.2.0/24 metric 10 table main
ip route add throw 203.0.113.16/28 metric 10 table main
ip route add 203.0.113.16/28 dev veth0 metric 10 table main
ip route get 10.1.2.3 from 203.0.113.5 mark 7 tos 0x10 uid 0
ip route get 203.0.113.20 from 203.0.113.5
ip route get 127.0.0.1 from 203.0.113.5 oif veth2 ipproto udp sport 2500 dport 1000
ip rule add to 172.16.0.0/12 iif veth0 blackhole
ip rule add pref 100 ipproto tcp to 10.0.0.0/8 prohibit
ip rule add pref 100 oif veth0 table main suppress_prefixlength 0
ip route get 127.0.0.1 from 192.0.2.1 uid 50 ipproto udp sport 2500 dport 80 fibmatch
ip route get 8.8.8.8 from 192.0.2.1 ipproto 1 sport 1500 dport 2001
ip rule add pref 300 oif veth2 dport 1000-1571 table 200 suppress_ifgroup 5
ip rule list pref 100
ip rule add pref 100 to 8.8.8.8 dport 1000-2479 nop
ip route add throw default metric 10 table 300
ip route del 203.0.113.16/28 table 100
ip rule add pref 50 sport 0-1448 table 200 suppress_ifgroup 0
ip route get 10.1.9.9 from 203.0.113.1 oif veth0 mark 7 uid 1500 ipproto tcp
ip rule add pref 50 not iif veth3 table 100 suppress_prefixlength 16
ip route get 10.1.2.3 iif veth0
ip route del 10.1.2.3 table 300
ip route get 10.1.2.3 oif veth2
ip route del 10.1.2.3 table 200
ip route get 127.0.0.1
ip route get 10.1.2.3
sysctl -w net.ipv4.ip_forward=0
ip route add blackhole 0.0.0.0/1 table main
ip route add throw default table 200
ip -j rule
ip -d rule
ip rule add uidrange 0-100 fwmark 7 ipproto tcp lookup 200
ip rule add from all table 100 suppress_prefixlength 16
ip -j rule
ip rule list pref 100
ip route get 10.1.2.3 tos 0x08 ipproto 1
ip rule add pref 200 dport 0-333 table 100
ip rule add pref 32000 tos 0x08 to 8.8.8.8 table 200 suppress_ifgroup 5
ip -j rule
ip route del default table 300
ip route get 8.8.8.8 from 198.51.100.9 iif veth1
ip route add 10.1.0.0/16 via 203.0.113.2 table 300
ip route get 198.51.100.1 from 203.0.113.1 uid 1500
ip rule add oif veth0 to 10.1.2.0/24 table main suppress_prefixlength 16
ip rule show
ip route add blackhole 10.1.0.0/16 table main
ip rule del to 8.8.8.8 goto 100
ip route get 198.51.100.1 oif veth0 uid 0 ipproto udp sport 0 dport 1000 fibmatch
ip route get 198.51.100.1 from 198.51.100.1 uid 0
ip route get 10.0.0.1 oif veth0 ipproto 1 fibmatch
ip route show table 200
ip route show table all
ip -j rule
ip route add blackhole 10.1.0.0/16 table 300
ip rule add pref 50 to 10.0.0.0/8 dport 1000 unreachable
ip route add 10.1.0.0/16 dev veth1 metric 10 table main
ip rule list pref 100
ip rule add fwmark 0x100 ipproto tcp lookup 200
ip rule add pref 32000 to 10.1.2.0/24 unreachable
ip rule add pref 300 to 10.0.0.0/8 iif lo table 100
ip route add 172.16.0.0/12 via 198.51.100.2 table 300
ip -j rule
ip rule
ip -d rule
ip rule
ip route show table all
