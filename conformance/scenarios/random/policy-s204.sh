# Seeded random policy-routing scenario (seed 204), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 192.0.2.2 table 100
ip route add prohibit 203.0.113.16/28 metric 10 table 100
ip route add throw 10.0.0.0/8 table 100
ip route add 10.0.0.0/8 dev veth2 metric 10 table 200
ip route add throw 172.16.0.0/12 metric 10 table 200
ip route add 10.1.2.0/24 via 198.51.100.2 metric 10 table 200
ip route add blackhole 10.1.0.0/16 table 300
ip route add throw 0.0.0.0/1 table 300
ip route add unreachable default table 300
ip route add blackhole 203.0.113.16/28 table main
ip route add 10.1.2.0/24 via 203.0.113.2 metric 10 table main
ip route add unreachable 10.1.2.3 table main
ip route add blackhole 0.0.0.0/1 table 100
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 10.0.0.1 from 192.0.2.1 mark 3
ip route get 203.0.113.20 tos 0x10
ip rule add pref 32000 from 192.0.2.0/24 dport 0-1856 table main suppress_prefixlength 8
ip route add 10.1.2.3 via 198.51.100.2 table main
ip rule list pref 100
ip route get 10.1.2.3 iif veth0 tos 0x10 uid 50 ipproto udp sport 1000 dport 1000
ip route get 127.0.0.1
ip route get 10.0.0.1 oif veth0 ipproto 1
ip rule add pref 200 tos 0x08 lookup 100
ip rule show
ip route get 10.1.2.3 from 203.0.113.5 mark 7
ip rule add pref 100 dport 2000 fwmark 0x100 dport 0 table 100 suppress_prefixlength 0
ip route get 203.0.113.20 oif veth0
ip route add prohibit 203.0.113.16/28 metric 10 table 200
ip route add throw 203.0.113.16/28 table 100
ip rule add pref 32000 from all blackhole
ip route get 8.8.8.8
ip rule show
ip rule list pref 100
ip rule add pref 32000 to 172.16.0.0/12 prohibit
ip rule add pref 100 tos 0x10 sport 1000 lookup 200
sysctl -w net.ipv4.ip_forward=0
ip rule add iif veth1 oif veth0 table 200
ip rule add from all sport 1000 oif veth0 table 100 suppress_prefixlength 0
ip route del 10.0.0.0/8 table 200
ip route show table 200
ip rule show
ip rule show table 100
ip route add blackhole default table 100
ip rule add pref 200 uidrange 1000-2000 oif veth0 iif veth3 prohibit
ip rule list pref 100
ip route add blackhole 10.1.2.0/24 table 200
ip route get 10.0.0.1 mark 0x100 ipproto 1 sport 0 dport 80
ip route get 172.16.1.1 from 203.0.113.5 ipproto tcp
ip rule add not oif veth2 to 10.1.2.0/24 nop
ip rule add pref 100 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip route get 192.0.2.77 from 198.51.100.9 uid 50 fibmatch
ip rule show
ip route get 203.0.113.20 from 192.0.2.1 mark 0x100
ip route get 8.8.8.8 from 192.0.2.1 iif veth1 mark 0x13
ip -j rule
ip rule del tos 0x10 tos 0x08 tos 0x08
ip -j rule
ip rule add iif veth3 from 198.51.100.1 table 200 suppress_ifgroup 5
ip -d rule
ip rule add pref 300 to 10.0.0.0/8 table 300
ip route get 10.1.9.9 from 203.0.113.5 mark 3
ip rule show
ip rule add not from all fwmark 7 table 100
ip rule del pref 50
ip link set veth0 up
ip rule del pref 100
ip route add unreachable 172.16.0.0/12 table 200
ip rule del iif lo dport 1000-2563 iif veth1
ip route add blackhole 203.0.113.16/28 table 100
ip route get 10.1.2.3 mark 7 ipproto udp sport 0 dport 1000
ip rule add dport 0 table 200 suppress_ifgroup 5
sysctl -w net.ipv4.ip_forward=0
ip rule
ip route show table all
