# Seeded random policy-routing scenario (seed 129), from conformance/generators/policy.ts.
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
ip route add prohibit 172.16.0.0/12 table 100
ip route add prohibit 203.0.113.16/28 table 100
ip route add throw default table 100
ip route add 10.1.0.0/16 via 198.51.100.2 table 200
ip route add blackhole 10.0.0.0/8 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add blackhole 10.1.2.0/24 table 300
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route add unreachable 0.0.0.0/1 metric 10 table 300
ip route add blackhole 10.1.0.0/16 table main
ip route add 0.0.0.0/1 dev veth1 metric 10 table main
ip route add blackhole 172.16.0.0/12 metric 10 table main
ip rule add uidrange 0-100 sport 2000 lookup main
ip route add blackhole 10.1.0.0/16 table 200
ip rule del to 172.16.0.0/12 tos 0x10
ip route get 127.0.0.1 from 192.0.2.1 mark 3 ipproto udp sport 2500 dport 2001
ip rule del not iif veth3
ip route get 10.0.0.1 iif veth1 mark 0x100
ip route get 172.16.1.1 from 203.0.113.1
ip route add prohibit default table 300
ip rule add not sport 1000 unreachable
ip route get 198.51.100.1 from 10.1.2.3 iif veth0 tos 0x08
ip route get 127.0.0.1 from 203.0.113.5 mark 0x100 fibmatch
sysctl -w net.ipv4.ip_forward=0
ip route get 8.8.8.8 from 203.0.113.1
ip rule add sport 2000 to 172.16.0.0/12 lookup 200
ip route show table 200
ip route get 127.0.0.1 from 203.0.113.5 mark 7 tos 0x10
ip route get 10.1.9.9 from 192.0.2.1
ip route get 8.8.8.8 iif veth1 ipproto udp sport 1500 dport 80
ip route add 172.16.0.0/12 dev veth0 metric 10 table 100
ip route get 127.0.0.1 tos 0x08
ip route get 172.16.1.1 from 198.51.100.9 tos 0x10 ipproto tcp
ip route get 10.1.9.9 from 10.1.2.3 iif veth1 ipproto 1
ip route del 10.1.2.3 table 100
ip route get 10.0.0.1 iif veth1
ip rule add sport 1000-2888 tos 0x08 tos 0x10 table 200 suppress_ifgroup 0
ip route show table all
ip rule add pref 32000 dport 0-549 oif veth0 oif veth2 goto 200
ip rule show table 100
ip rule list pref 100
ip rule add dport 1000 table main suppress_prefixlength 16
ip rule list pref 100
ip route get 127.0.0.1 tos 0x08
ip route add 10.0.0.0/8 dev veth1 table 300
ip rule add pref 200 from 203.0.113.0/28 dport 1000-1711 table 200 suppress_ifgroup 0
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add unreachable 10.1.2.3 table 200
ip route del 203.0.113.16/28 table 200
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable default table 100
ip route get 127.0.0.1 from 203.0.113.5
ip route get 10.1.9.9 from 198.51.100.1 iif veth1
ip rule add pref 32000 iif lo lookup main
ip rule add not from 10.0.0.0/8 prohibit
ip rule add pref 100 dport 1000-1534 blackhole
ip rule show table 100
sysctl -w net.ipv4.conf.veth3.rp_filter=2
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 32000 dport 1000 table 200 suppress_ifgroup 0
ip route add prohibit 10.1.0.0/16 table main
ip rule add pref 200 sport 1000 iif veth0 ipproto tcp nop
ip route get 127.0.0.1 oif veth2
ip route get 10.0.0.1
ip route get 192.0.2.77 from 198.51.100.9 mark 3
ip rule add pref 50 from 203.0.113.0/28 tos 0x10 tos 0x10 goto 32000
ip rule add pref 100 dport 0 from 10.0.0.0/8 ipproto 1 blackhole
ip rule add pref 50 not fwmark 0x10/0xf0 sport 2000 prohibit
ip rule del oif veth2 to 8.8.8.8 iif veth0
ip rule add uidrange 1000-2000 table 100 suppress_prefixlength 0
ip route get 203.0.113.20 from 10.1.2.3 tos 0x10
ip rule add dport 1000 tos 0x10 lookup 100
ip rule
ip route show table all
