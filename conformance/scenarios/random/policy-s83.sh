# Seeded random policy-routing scenario (seed 83), from conformance/generators/policy.ts.
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
ip route add unreachable 10.0.0.0/8 table 100
ip route add 10.1.2.0/24 via 192.0.2.3 metric 10 table 100
ip route add 10.1.2.0/24 dev veth0 table 100
ip route add unreachable 0.0.0.0/1 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add prohibit 10.1.0.0/16 metric 10 table 200
ip route add throw 10.0.0.0/8 table 300
ip route add blackhole 203.0.113.16/28 metric 10 table 300
ip route add throw 0.0.0.0/1 table 300
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table main
ip route add throw 10.1.2.3 table main
ip route add default dev veth2 metric 10 table main
ip route get 10.1.2.3 from 198.51.100.9
ip route get 127.0.0.1 iif veth1
ip route show table 200
ip rule add pref 200 not ipproto 1 from 198.51.100.1 nop
ip route get 10.0.0.1 from 192.0.2.1 tos 0x10
ip rule show
ip rule add pref 32000 oif veth0 lookup 100
ip route add throw 10.1.0.0/16 table 100
ip route get 10.0.0.1
ip rule add pref 300 dport 2000-2046 dport 0 table 100 suppress_prefixlength 8
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip rule add pref 100 iif veth0 goto 32000
ip route show table 200
ip route get 10.1.9.9
ip route get 10.1.9.9 ipproto udp
ip route get 10.1.9.9
ip rule
ip rule del pref 200
ip route get 10.1.2.3 mark 0x13
ip route get 10.0.0.1 mark 0x13 tos 0x10 ipproto udp sport 0 dport 1000
ip rule del pref 100
ip rule show table 100
ip route del 203.0.113.16/28 table main
ip rule
ip route get 10.1.9.9 iif veth0
ip route show table all
ip rule add pref 300 iif veth0 table 200
sysctl -w net.ipv4.ip_forward=0
ip rule add pref 32000 sport 0 lookup 200
ip rule list pref 100
ip rule
ip route get 192.0.2.77 from 10.1.2.3 mark 7 tos 0x10 uid 50
ip rule list pref 100
ip rule add sport 1000 to 10.1.2.0/24 table main suppress_prefixlength 0
ip route add prohibit 0.0.0.0/1 table 300
ip route add 0.0.0.0/1 via 203.0.113.2 metric 10 table 200
ip route get 8.8.8.8 mark 7
ip route add prohibit 10.0.0.0/8 table main
ip route get 192.0.2.77 from 10.1.2.3 ipproto udp sport 2500 dport 80
ip route get 203.0.113.20 from 203.0.113.1 iif veth3 tos 0x10
ip route get 203.0.113.20 from 198.51.100.1 iif veth3
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route show table 200
ip rule add oif veth0 goto 100
ip -d rule
ip route show table all
ip route del 0.0.0.0/1 table 200
ip route get 10.1.9.9 oif veth2
ip route get 203.0.113.20 from 192.0.2.1 tos 0x08
ip rule add pref 50 sport 2000-3825 dport 2000 tos lowdelay lookup 200
ip route get 10.1.9.9 mark 0x13
ip rule show table 100
ip route get 203.0.113.20 iif veth3
ip route show table 200
ip route get 192.0.2.77 ipproto 1
ip route add blackhole default table 200
ip rule add tos 0x10 to 8.8.8.8 goto 200
ip route get 10.1.2.9 tos 0x08
ip rule add from all table 200 suppress_ifgroup 0
ip rule
ip route show table all
