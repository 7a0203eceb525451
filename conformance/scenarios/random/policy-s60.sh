# Seeded random policy-routing scenario (seed 60), from conformance/generators/policy.ts.
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
ip route add 10.1.2.0/24 via 203.0.113.2 table 100
ip route add blackhole 10.1.2.0/24 table 100
ip route add 0.0.0.0/1 via 192.0.2.3 metric 10 table 100
ip route add unreachable 10.0.0.0/8 metric 10 table 200
ip route add throw 10.1.2.3 table 200
ip route add 203.0.113.16/28 via 203.0.113.2 metric 10 table 200
ip route add throw default table 300
ip route add blackhole 10.1.2.3 table 300
ip route add prohibit default metric 10 table 300
ip route add unreachable default table main
ip route add unreachable 10.1.2.3 table main
ip route add 10.1.0.0/16 dev veth1 metric 10 table main
ip route show table 200
ip rule show table 100
ip rule add tos lowdelay unreachable
ip route add 0.0.0.0/1 via 203.0.113.2 table 100
ip rule del dport 0-868 sport 2000
ip rule show table 100
ip rule del ipproto 1 iif lo
ip rule del pref 100
ip route del default table 200
ip route get 10.1.9.9 from 10.1.2.3 mark 7 uid 1500
ip route get 10.1.2.9 from 203.0.113.5 iif veth3 tos 0x10
ip route get 8.8.8.8 from 203.0.113.1 mark 3
ip rule del pref 50
ip route get 203.0.113.20 oif veth2 mark 3
ip route show table all
ip rule add to 172.16.0.0/12 sport 2000 table 100
ip route get 203.0.113.20 mark 0x13
ip route get 8.8.8.8 from 198.51.100.9 iif veth0 tos 0x08
ip rule add pref 100 uidrange 1000-2000 tos 0x10 prohibit
ip route get 10.1.2.3 from 10.1.2.3 mark 0x13 uid 50
ip route add 203.0.113.16/28 dev veth1 metric 10 table 300
ip link set veth2 down
ip route del 10.1.0.0/16 table 200
ip route get 127.0.0.1 from 203.0.113.5 iif veth3 mark 0x13 tos 0x10 uid 50
ip route get 10.1.2.3 from 203.0.113.5 uid 1500
ip route del 203.0.113.16/28 table 300
ip rule add pref 200 iif veth3 ipproto tcp iif lo nop
ip rule add pref 300 from 203.0.113.0/28 table 100
ip rule show
ip rule del not sport 0 table 300
ip route get 10.1.9.9 uid 0 ipproto 1 fibmatch
ip rule add tos 0x08 prohibit
ip rule del sport 0 uidrange 0-100
ip rule
ip route get 10.1.2.3 iif veth0 uid 0
ip rule add tos 0x08 fwmark 7 lookup main
ip route add 10.1.0.0/16 dev veth2 table main
ip route add throw 10.1.2.3 metric 10 table 200
ip route get 192.0.2.77 oif veth2 ipproto tcp sport 0 dport 1000 fibmatch
ip route del 0.0.0.0/1 table 300
ip rule add pref 100 to 10.1.2.0/24 fwmark 3/3 table 100
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route get 10.1.9.9 from 198.51.100.9 ipproto 1
ip route get 10.0.0.1 from 198.51.100.1
ip route show table 200
ip rule del iif veth3 from all
ip rule add tos 0x10 table main suppress_prefixlength 16
ip route get 192.0.2.77 from 10.1.2.3 oif veth0 ipproto 1 sport 0 dport 1000
ip route get 10.0.0.1 from 192.0.2.1 oif veth2 mark 3 uid 1500
ip route get 127.0.0.1 from 203.0.113.5
ip route get 10.1.2.9 iif veth0 uid 50
ip rule del fwmark 0x100 iif veth0
ip route add throw 172.16.0.0/12 table 300
ip route get 203.0.113.20 from 203.0.113.1 uid 1500
ip route show table 200
ip route get 8.8.8.8 from 192.0.2.1 uid 1500
ip route get 10.0.0.1 from 192.0.2.1 iif veth0 ipproto tcp sport 1000 dport 1000
ip rule list pref 100
ip rule add pref 32000 tos 0x10 table 200 suppress_ifgroup 0
ip rule list pref 100
ip rule
ip route show table all
