# Seeded random policy-routing scenario (seed 161), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 via 192.0.2.3 table 100
ip route add 10.0.0.0/8 via 192.0.2.3 table 100
ip route add blackhole 10.0.0.0/8 table 100
ip route add 10.1.0.0/16 dev veth2 metric 10 table 200
ip route add default via 203.0.113.2 metric 10 table 200
ip route add blackhole default table 200
ip route add prohibit 10.1.0.0/16 table 300
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 300
ip route add 10.1.2.3 dev veth0 table 300
ip route add 172.16.0.0/12 dev veth0 table main
ip route add throw 10.1.2.3 metric 10 table main
ip route add prohibit default metric 10 table main
ip rule add not dport 1000 from 192.0.2.0/24 unreachable
ip rule add tos 0x10 nop
ip route get 172.16.1.1 from 198.51.100.1 mark 3 ipproto tcp sport 1500 dport 80
ip rule del dport 2000 dport 1000-2299 ipproto 1
ip route get 192.0.2.77 oif veth2 mark 0x13
ip rule add pref 32000 iif lo oif veth0 dport 2000-3622 goto 200
ip rule del pref 300
ip rule add fwmark 0x100 iif veth3 table main suppress_prefixlength 8
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 300
ip route get 10.0.0.1 iif veth1 mark 0x13 ipproto udp sport 1500 dport 80
ip route show table 200
ip route get 8.8.8.8 tos 0x10
ip rule add pref 32000 uidrange 0-100 to 172.16.0.0/12 from 198.51.100.1 lookup 200
ip route get 10.0.0.1
ip rule list pref 100
ip rule add pref 50 from 192.0.2.0/24 iif lo goto 100
ip route add 203.0.113.16/28 dev veth2 metric 10 table 300
ip route get 8.8.8.8 iif veth0 tos 0x10
ip rule list pref 100
ip rule
ip route get 172.16.1.1 from 203.0.113.5
ip route get 10.1.2.9 oif veth2 uid 1500
ip rule add from 203.0.113.0/28 nop
ip route get 8.8.8.8 oif veth2 uid 0 ipproto 1
ip rule del pref 100
ip route get 203.0.113.20
ip route add 0.0.0.0/1 dev veth1 table 300
ip -d rule
ip rule del pref 300
ip rule add pref 32000 sport 2000-3661 to 172.16.0.0/12 goto 100
ip link set veth2 down
ip route get 192.0.2.77 from 198.51.100.9 oif veth2
ip route show table all
ip route get 192.0.2.77 from 198.51.100.9
sysctl -w net.ipv4.ip_forward=0
ip route get 10.0.0.1 from 192.0.2.1 oif veth0
ip route get 172.16.1.1 from 198.51.100.9 iif veth1 mark 3
ip rule add pref 50 ipproto 1 table 100 suppress_prefixlength 0
ip rule add pref 200 uidrange 1000-2000 dport 1000 prohibit
ip route get 8.8.8.8 iif veth3 mark 0x13
ip route add 10.1.2.3 via 192.0.2.2 table main
ip route get 172.16.1.1 from 10.1.2.3 fibmatch
ip route del 10.1.2.3 table main
ip route add throw 10.1.2.0/24 table 300
ip route del 203.0.113.16/28 table 300
ip route add prohibit 10.1.2.3 metric 10 table 200
ip route add default dev veth0 table 100
ip -d rule
ip route add 10.1.2.3 via 198.51.100.2 table 200
ip rule add pref 300 iif veth0 fwmark 7 oif veth2 nop
ip rule add sport 0 unreachable
ip link set veth2 down
ip route get 10.1.2.3 from 203.0.113.1 oif veth0
ip route get 10.1.9.9 from 10.1.2.3 iif veth0 tos 0x10
ip route get 192.0.2.77 from 203.0.113.1 mark 3 uid 1500
ip rule add pref 32000 ipproto tcp to 172.16.0.0/12 fwmark 7 nop
ip rule add not tos 0x10 dport 1000-1988 unreachable
ip route get 203.0.113.20 from 203.0.113.1 mark 7
ip route add throw 10.1.0.0/16 table main
ip rule add tos lowdelay nop
ip rule
ip route show table all
