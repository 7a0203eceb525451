# Seeded random policy-routing scenario (seed 137), from conformance/generators/policy.ts.
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
ip route add blackhole 203.0.113.16/28 metric 10 table 100
ip route add 10.0.0.0/8 dev veth0 table 100
ip route add blackhole 0.0.0.0/1 table 100
ip route add 10.0.0.0/8 dev veth1 table 200
ip route add 0.0.0.0/1 via 198.51.100.2 table 200
ip route add throw 203.0.113.16/28 table 200
ip route add 172.16.0.0/12 dev veth2 table 300
ip route add unreachable 0.0.0.0/1 table 300
ip route add default dev veth1 metric 10 table 300
ip route add blackhole 0.0.0.0/1 table main
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table main
ip route add throw 10.1.2.3 table main
ip route del 0.0.0.0/1 table 100
ip rule del fwmark 0x100 prohibit
ip route add blackhole default table 100
ip rule del to 8.8.8.8 sport 0 prohibit
ip route get 10.1.2.9 oif veth2 uid 1500
ip route add unreachable 203.0.113.16/28 metric 10 table 200
ip route add 172.16.0.0/12 via 192.0.2.3 metric 10 table 200
ip route show table all
ip route get 10.1.2.9 oif veth2
ip route show table all
ip rule add pref 32000 fwmark 0x100 lookup 100
ip route add unreachable 203.0.113.16/28 metric 10 table 100
ip route get 198.51.100.1 from 10.1.2.3 mark 7
sysctl -w net.ipv4.conf.veth1.rp_filter=2
ip rule del from all
ip rule add ipproto tcp lookup 100
ip route get 10.1.9.9 mark 3 ipproto 1 sport 2500 dport 1000
sysctl -w net.ipv4.ip_forward=0
ip route get 8.8.8.8 oif veth0 tos 0x10
ip route add prohibit 10.1.0.0/16 table 200
ip rule list pref 100
ip rule add pref 300 uidrange 0-0 unreachable
ip rule del from all sport 0-907 ipproto tcp blackhole
ip rule add pref 50 uidrange 0-100 sport 2000-2806 prohibit
ip route add blackhole 10.0.0.0/8 table 200
ip route get 172.16.1.1 from 198.51.100.9 ipproto tcp sport 2500 dport 2001
ip rule list pref 100
ip rule show
ip route show table all
ip rule add pref 300 fwmark 0x10/0xf0 table main suppress_prefixlength 8
ip route get 10.0.0.1
ip route get 192.0.2.77
ip -d rule
ip rule add pref 50 not iif lo tos 0x10 to 10.0.0.0/8 table 200 suppress_ifgroup 0
ip rule list pref 100
ip route get 10.1.2.9
ip rule
ip route get 127.0.0.1 ipproto tcp
ip route show table all
ip route get 10.0.0.1 oif veth0 mark 7 tos 0x10
ip rule list pref 100
ip route get 8.8.8.8
ip route show table 200
ip rule add pref 32000 uidrange 0-100 from 192.0.2.0/24 table 200
ip rule add oif veth2 uidrange 0-100 nop
ip rule del pref 200
ip route del 10.1.2.0/24 table 200
ip rule add pref 300 ipproto tcp oif veth0 unreachable
ip route get 127.0.0.1 from 10.1.2.3 oif veth2
ip rule
ip route get 203.0.113.20 from 198.51.100.1
ip rule show table 100
ip rule add pref 100 not to 8.8.8.8 unreachable
ip route get 10.0.0.1 tos 0x08
ip route show table all
ip route get 192.0.2.77 from 198.51.100.9 oif veth2 uid 50 ipproto tcp
sysctl -w net.ipv4.conf.veth1.rp_filter=0
ip rule add from 10.0.0.0/8 lookup 200
ip route get 203.0.113.20 from 203.0.113.1 iif veth0
ip rule
ip rule
ip route show table all
