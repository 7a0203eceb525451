# Seeded random policy-routing scenario (seed 238), from conformance/generators/policy.ts.
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
ip route add throw 203.0.113.16/28 table 100
ip route add blackhole 203.0.113.16/28 table 100
ip route add 0.0.0.0/1 via 192.0.2.2 metric 10 table 100
ip route add 172.16.0.0/12 dev veth1 table 200
ip route add 203.0.113.16/28 via 198.51.100.2 metric 10 table 200
ip route add throw default metric 10 table 200
ip route add blackhole 10.1.2.3 metric 10 table 300
ip route add prohibit 10.0.0.0/8 table 300
ip route add throw 172.16.0.0/12 metric 10 table 300
ip route add blackhole 172.16.0.0/12 table main
ip route add 10.0.0.0/8 dev veth2 table main
ip route add 172.16.0.0/12 via 203.0.113.2 table main
ip route add 10.1.2.3 via 192.0.2.2 table 300
ip route get 192.0.2.77 from 203.0.113.1 oif veth0
ip rule add oif veth0 from 192.0.2.0/24 table 100
ip route get 198.51.100.1 from 203.0.113.5 uid 0
ip route get 192.0.2.77 from 198.51.100.9 uid 50
ip rule add dport 2000-3946 fwmark 0x100 prohibit
ip route get 10.0.0.1
ip rule add pref 300 dport 0 goto 32000
ip rule add pref 32000 not fwmark 3/3 unreachable
ip route get 10.1.2.3 iif veth1
ip route show table all
ip rule del pref 200
ip route add prohibit 10.1.2.0/24 table 200
ip route get 203.0.113.20 from 10.1.2.3 iif veth3 mark 3 ipproto udp
ip rule add pref 200 not iif lo iif veth1 iif veth0 goto 32000
ip route get 127.0.0.1 from 198.51.100.9
ip route get 203.0.113.20 from 198.51.100.1 oif veth0
ip route add blackhole default table 100
ip rule add pref 50 not sport 2000-3645 lookup main
ip rule del not oif veth2 nop
ip rule del tos 0x10 sport 0-561 sport 2000-2560 table 200 suppress_ifgroup 5
ip rule
ip rule add ipproto udp dport 2000-2558 table 100 suppress_prefixlength 8
ip route del 203.0.113.16/28 table 300
ip route get 203.0.113.20 fibmatch
ip rule add pref 200 dport 2000 nop
ip route get 198.51.100.1 from 10.1.2.3 ipproto udp
ip rule add pref 300 from 203.0.113.0/28 prohibit
ip route get 8.8.8.8 from 198.51.100.9
ip route get 127.0.0.1 iif veth0 uid 50
ip rule add pref 100 not uidrange 0-100 uidrange 0-100 to 10.0.0.0/8 table main suppress_prefixlength 16
ip route get 192.0.2.77
ip route get 10.1.2.3 from 192.0.2.1 mark 0x13 uid 0
ip route get 10.1.2.3 tos 0x08
ip route get 8.8.8.8 mark 3 tos 0x10
ip rule add not iif veth3 goto 32000
ip rule list pref 100
ip rule del uidrange 1000-2000 uidrange 0-100
ip route del 10.0.0.0/8 table 200
ip rule show table 100
ip route get 198.51.100.1 ipproto udp fibmatch
ip rule show table 100
ip route add 0.0.0.0/1 via 192.0.2.3 table main
ip route get 127.0.0.1 uid 1500 ipproto udp
ip route add prohibit 172.16.0.0/12 metric 10 table main
ip route add blackhole 10.1.2.0/24 table 200
ip route get 203.0.113.20 from 198.51.100.9 oif veth0 mark 0x100
ip rule show table 100
ip rule add pref 100 not to 8.8.8.8 lookup 100
ip route get 8.8.8.8 from 198.51.100.1 iif veth1 uid 1500
ip rule add not from all prohibit
ip route add default via 203.0.113.2 metric 10 table main
ip rule del fwmark 3/3 oif veth2 sport 1000
ip rule add pref 32000 tos lowdelay uidrange 0-100 from 203.0.113.0/28 prohibit
ip route del 203.0.113.16/28 table 100
ip route get 203.0.113.20 from 203.0.113.1 mark 0x13
ip route get 198.51.100.1 from 198.51.100.9 iif veth1 uid 0
ip rule del sport 0-1624 dport 1000 ipproto udp blackhole
ip rule del pref 300
ip rule add pref 200 not from all oif veth0 unreachable
ip rule
ip route show table all
