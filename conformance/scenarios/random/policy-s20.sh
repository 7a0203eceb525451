# Seeded random policy-routing scenario (seed 20), from conformance/generators/policy.ts.
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
ip route add blackhole 172.16.0.0/12 metric 10 table 100
ip route add default via 203.0.113.2 table 100
ip route add prohibit 10.1.0.0/16 table 100
ip route add 10.1.0.0/16 via 192.0.2.3 metric 10 table 200
ip route add 203.0.113.16/28 dev veth2 table 200
ip route add default dev veth1 table 200
ip route add 172.16.0.0/12 dev veth2 table 300
ip route add unreachable 10.0.0.0/8 table 300
ip route add blackhole 172.16.0.0/12 table 300
ip route add blackhole 0.0.0.0/1 metric 10 table main
ip route add 10.0.0.0/8 via 198.51.100.2 table main
ip route add 172.16.0.0/12 via 192.0.2.2 table main
ip rule add pref 50 oif veth0 to 10.0.0.0/8 table 200 suppress_ifgroup 5
ip route get 8.8.8.8 from 192.0.2.1
ip route get 8.8.8.8 from 192.0.2.1 iif veth3
ip route add 0.0.0.0/1 dev veth2 metric 10 table 100
ip route get 10.0.0.1 mark 3
ip route show table all
ip route get 10.1.2.9
ip rule add pref 200 ipproto udp from all lookup 200
ip route get 192.0.2.77 tos 0x08
ip route get 198.51.100.1 mark 0x13 tos 0x08
ip route get 10.1.2.9
ip route get 10.1.2.9 from 198.51.100.9 mark 0x13
ip route del 10.1.2.0/24 table 200
ip rule add iif veth0 from 10.0.0.0/8 table 100 suppress_prefixlength 8
ip route del 10.1.0.0/16 table 100
ip route add default dev veth0 metric 10 table 300
ip rule add pref 200 dport 0-1878 table 200 suppress_ifgroup 0
ip route get 127.0.0.1 oif veth2
ip route get 198.51.100.1 mark 0x13
ip rule add uidrange 1000-2000 uidrange 0-0 nop
ip route show table 200
ip rule add pref 32000 oif veth2 iif veth0 uidrange 1000-2000 goto 32000
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 100
ip route show table all
ip rule add pref 50 from 198.51.100.1 table 200 suppress_ifgroup 5
ip route get 203.0.113.20 uid 0
ip rule add pref 200 to 172.16.0.0/12 uidrange 1000-2000 prohibit
ip route get 10.1.2.3 from 203.0.113.1 iif veth0
ip route add blackhole 172.16.0.0/12 table 200
ip rule del uidrange 1000-2000 dport 0 unreachable
ip route get 10.0.0.1 ipproto 1 sport 1000 dport 80
ip route get 10.1.2.9 oif veth0
ip route get 10.0.0.1 from 198.51.100.1 oif veth0 mark 0x100 tos 0x08
ip route del 203.0.113.16/28 table main
ip rule del pref 32000
ip rule add pref 50 oif veth0 ipproto udp from 192.0.2.0/24 table 100 suppress_prefixlength 0
ip rule list pref 100
ip rule add oif veth2 from 10.0.0.0/8 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 table 300
ip link set veth2 up
ip route get 10.1.2.3
ip route get 10.1.2.9 from 198.51.100.1 iif veth1 tos 0x08
ip route show table 200
ip route get 198.51.100.1 oif veth2
ip route add prohibit 10.1.2.3 table 300
ip rule add to 172.16.0.0/12 table main suppress_prefixlength 0
ip route del 10.1.0.0/16 table 200
ip rule add pref 200 uidrange 1000-2000 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip route add 0.0.0.0/1 dev veth0 table 300
ip route del 203.0.113.16/28 table main
ip route get 172.16.1.1 iif veth0 mark 3
ip rule show
ip route show table all
ip route get 10.0.0.1 iif veth0
ip route get 172.16.1.1 from 192.0.2.1 iif veth1 tos 0x08 ipproto tcp sport 1500 dport 80 fibmatch
ip route add unreachable default metric 10 table 200
ip rule add pref 32000 to 10.1.2.0/24 prohibit
ip route get 127.0.0.1 iif veth3 ipproto 1 sport 1500 dport 2001
ip route show table all
ip rule
ip route show table all
