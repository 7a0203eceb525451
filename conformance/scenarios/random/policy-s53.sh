# Seeded random policy-routing scenario (seed 53), from conformance/generators/policy.ts.
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
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 100
ip route add 10.1.2.3 dev veth2 metric 10 table 100
ip route add prohibit 10.0.0.0/8 table 100
ip route add unreachable 10.0.0.0/8 table 200
ip route add 172.16.0.0/12 via 203.0.113.2 table 200
ip route add throw 10.1.2.3 table 200
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add 172.16.0.0/12 via 192.0.2.3 table 300
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table 300
ip route add 10.1.2.3 via 203.0.113.2 table main
ip route add unreachable 10.0.0.0/8 table main
ip route add unreachable 10.0.0.0/8 table main
sysctl -w net.ipv4.conf.all.rp_filter=1
ip rule add pref 32000 not from 203.0.113.0/28 table 200 suppress_ifgroup 5
ip route get 127.0.0.1 from 203.0.113.5 oif veth2 uid 0
ip route add throw 10.1.2.0/24 table 100
ip rule list pref 100
ip rule del pref 200
ip route add 10.0.0.0/8 via 203.0.113.2 table 300
ip rule list pref 100
ip rule add pref 50 from 198.51.100.1 oif veth0 table 100 suppress_prefixlength 8
ip rule list pref 100
ip route get 10.1.2.3 from 10.1.2.3 tos 0x08
ip rule add sport 1000 oif veth2 table 200 suppress_ifgroup 0
ip rule add pref 200 not ipproto udp table 100 suppress_prefixlength 16
ip rule show
ip rule add pref 100 iif veth0 tos lowdelay tos lowdelay table 200 suppress_ifgroup 5
ip rule
ip rule add dport 1000 fwmark 0x10/0xf0 oif veth0 unreachable
ip rule add not from 10.0.0.0/8 goto 50
ip route add unreachable 0.0.0.0/1 table 100
ip route show table all
sysctl -w net.ipv4.ip_forward=1
ip rule show table 100
ip route get 198.51.100.1 from 203.0.113.1 mark 0x13 ipproto udp sport 1000 dport 80
ip rule add pref 100 uidrange 0-100 oif veth0 goto 100
ip route get 198.51.100.1 iif veth0 uid 0
ip rule add from 192.0.2.0/24 prohibit
ip rule add pref 300 to 10.0.0.0/8 table 300
ip rule add pref 200 uidrange 0-0 iif veth3 table 200 suppress_ifgroup 5
ip rule
ip route get 8.8.8.8 oif veth2 mark 0x100 ipproto udp sport 1500 dport 80
ip route get 10.1.2.9 oif veth2 uid 50
ip rule del not oif veth0
ip route get 10.1.9.9 from 198.51.100.1 mark 3
ip rule del oif veth0 to 172.16.0.0/12
ip rule list pref 100
ip route add throw 0.0.0.0/1 metric 10 table 200
ip rule del pref 100
ip route get 203.0.113.20 from 198.51.100.9 iif veth0 ipproto udp sport 1000 dport 80
ip rule show
ip rule add pref 50 from 192.0.2.0/24 tos lowdelay table 200 suppress_ifgroup 0
ip route get 10.0.0.1 from 203.0.113.5 tos 0x10
ip rule list pref 100
ip route get 127.0.0.1 from 192.0.2.1 iif veth0 uid 50
ip route get 8.8.8.8 from 192.0.2.1 tos 0x10
ip route add 172.16.0.0/12 dev veth1 metric 10 table 200
ip rule del from all iif veth0 table main suppress_prefixlength 16
ip route add throw 0.0.0.0/1 metric 10 table main
ip rule add pref 32000 to 8.8.8.8 nop
ip route add unreachable 10.1.0.0/16 metric 10 table 200
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip -d rule
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route del 0.0.0.0/1 table main
ip rule add from 192.0.2.0/24 table 200 suppress_ifgroup 0
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 100 uidrange 1000-2000 lookup main
ip rule add from all unreachable
ip route del 10.1.0.0/16 table 200
ip rule add from 192.0.2.0/24 dport 2000-2659 fwmark 0x10/0xf0 lookup 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip rule
ip route show table all
