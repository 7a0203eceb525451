# Seeded random policy-routing scenario (seed 194), from conformance/generators/policy.ts.
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
ip route add throw 10.1.2.3 metric 10 table 100
ip route add blackhole 203.0.113.16/28 table 100
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route add 10.1.2.0/24 dev veth1 metric 10 table 200
ip route add prohibit 10.1.2.0/24 table 200
ip route add 0.0.0.0/1 dev veth2 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 table 300
ip route add default via 203.0.113.2 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table 300
ip route add 10.0.0.0/8 dev veth1 table main
ip route add 203.0.113.16/28 dev veth0 table main
ip route add 10.0.0.0/8 dev veth1 table main
ip route get 203.0.113.20 from 198.51.100.1
ip rule del pref 100
ip route get 10.0.0.1 iif veth0 mark 3 tos 0x08
ip rule add iif veth1 prohibit
ip route get 8.8.8.8 from 10.1.2.3 mark 7
ip rule add pref 32000 uidrange 1000-2000 dport 2000 table 100
ip rule add to 8.8.8.8 goto 50
ip route del 10.0.0.0/8 table 100
ip route get 172.16.1.1 iif veth3 tos 0x10
ip route get 203.0.113.20 from 192.0.2.1 iif veth3 uid 0
ip rule list pref 100
ip rule add pref 32000 uidrange 1000-2000 iif veth1 tos lowdelay nop
ip route add blackhole 203.0.113.16/28 table 300
ip rule
ip route get 10.1.2.9 from 203.0.113.5
ip rule add pref 100 from 198.51.100.1 table 200 suppress_ifgroup 5
ip route get 172.16.1.1 from 203.0.113.1 iif veth3
ip route add prohibit 10.1.2.0/24 table 200
ip rule add pref 100 sport 2000-3537 iif veth0 nop
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip rule show table 100
ip rule
ip rule show table 100
ip rule add pref 100 iif veth1 blackhole
ip route show table all
ip route add 0.0.0.0/1 via 198.51.100.2 table main
ip rule del uidrange 0-0 iif veth0
ip rule show
ip route show table all
ip route get 172.16.1.1 from 198.51.100.9 iif veth0 mark 3 ipproto udp sport 2500 dport 80
ip -d rule
ip rule add pref 100 not to 10.1.2.0/24 goto 32000
ip route get 192.0.2.77 from 198.51.100.1 ipproto 1 sport 1500 dport 2001 fibmatch
ip rule list pref 100
ip rule add oif veth2 prohibit
ip rule add pref 32000 not from 10.0.0.0/8 to 10.0.0.0/8 tos 0x08 table 100 suppress_prefixlength 0
ip rule del not tos 0x10 iif lo
ip route get 10.1.2.9
ip rule show
ip rule del pref 200
ip rule list pref 100
ip rule del uidrange 1000-2000
ip route add prohibit 10.1.0.0/16 table 300
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 200
ip route get 203.0.113.20 from 192.0.2.1 uid 0
ip route get 8.8.8.8 from 192.0.2.1
ip route add prohibit 0.0.0.0/1 table 200
ip route get 10.0.0.1 from 203.0.113.5 ipproto 1
ip route show table 200
ip rule del pref 32000
ip route get 8.8.8.8 iif veth0 mark 3 tos 0x10
ip rule show table 100
ip rule add pref 100 dport 2000 goto 50
ip rule add tos 0x10 lookup 200
ip rule add pref 100 from 192.0.2.0/24 nop
ip route get 10.1.2.3 ipproto udp sport 0 dport 80 fibmatch
ip route get 10.1.9.9 from 203.0.113.5 iif veth0 mark 3 ipproto udp
ip rule add tos 0x08 oif veth0 table 200 suppress_ifgroup 5
ip route del 10.1.0.0/16 table main
ip rule
ip route show table all
