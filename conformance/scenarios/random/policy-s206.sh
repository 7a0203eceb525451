# Seeded random policy-routing scenario (seed 206), from conformance/generators/policy.ts.
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
ip route add blackhole 10.0.0.0/8 metric 10 table 100
ip route add 203.0.113.16/28 dev veth2 metric 10 table 100
ip route add 10.1.2.3 via 192.0.2.2 table 100
ip route add unreachable 10.1.0.0/16 table 200
ip route add unreachable 10.1.2.0/24 table 200
ip route add 10.1.2.0/24 dev veth1 metric 10 table 200
ip route add 203.0.113.16/28 dev veth1 table 300
ip route add 172.16.0.0/12 via 192.0.2.2 metric 10 table 300
ip route add throw 10.1.2.3 table 300
ip route add blackhole default table main
ip route add throw 203.0.113.16/28 table main
ip route add 172.16.0.0/12 dev veth2 table main
ip rule
ip rule list pref 100
ip -j rule
ip rule add pref 300 uidrange 0-0 iif lo ipproto 1 prohibit
ip rule del fwmark 0x100 uidrange 0-0 fwmark 7 table main suppress_prefixlength 8
ip route add 10.1.0.0/16 dev veth1 table 200
ip rule add pref 32000 oif veth2 table main suppress_prefixlength 8
ip route get 172.16.1.1 from 198.51.100.9 oif veth2
ip rule add pref 100 not ipproto udp table 100 suppress_prefixlength 0
ip link set veth2 down
ip route get 198.51.100.1 iif veth0
ip route get 127.0.0.1 from 203.0.113.5 iif veth0 mark 7
ip rule add not iif veth1 tos 0x08 table 100
ip route del 10.1.0.0/16 table 200
ip route get 203.0.113.20 uid 50
ip route add throw 10.1.0.0/16 metric 10 table 300
ip rule add sport 2000-2289 to 10.1.2.0/24 uidrange 0-0 goto 200
ip -j rule
ip route get 198.51.100.1
ip route get 203.0.113.20 from 198.51.100.1 oif veth2
ip route get 127.0.0.1 fibmatch
ip rule
ip route get 8.8.8.8 from 198.51.100.9 iif veth1 mark 7
ip rule del from 198.51.100.1
ip route get 127.0.0.1 from 10.1.2.3 iif veth3
ip route show table all
ip route add 10.1.2.0/24 via 192.0.2.3 table main
ip route get 8.8.8.8 iif veth0
ip route show table 200
ip rule list pref 100
ip rule del pref 300
ip rule add iif lo lookup 200
ip route add 0.0.0.0/1 dev veth2 table 200
ip rule del fwmark 0x100 iif lo goto 100
ip route get 10.1.9.9 from 10.1.2.3 tos 0x10
ip route get 8.8.8.8 mark 3
ip rule del pref 100
ip -j rule
ip route get 172.16.1.1 from 198.51.100.9 iif veth0
ip route add blackhole 10.1.2.3 table 100
ip rule add pref 100 fwmark 0x10/0xf0 lookup 200
ip route get 172.16.1.1 from 192.0.2.1 ipproto tcp sport 1000 dport 80
ip route get 127.0.0.1 from 192.0.2.1
ip route get 203.0.113.20 oif veth0 ipproto udp sport 0 dport 1000
ip route get 192.0.2.77 from 198.51.100.9
ip route get 127.0.0.1 from 203.0.113.5 ipproto udp
ip rule
ip route get 198.51.100.1 iif veth3 mark 0x100 ipproto 1
ip route get 10.1.2.3 from 192.0.2.1 iif veth0 tos 0x10 uid 0
ip rule add ipproto 1 ipproto tcp goto 200
ip rule del fwmark 0x10/0xf0
ip -j rule
ip rule show
ip rule list pref 100
ip rule show
ip rule add to 172.16.0.0/12 to 8.8.8.8 nop
ip route get 10.0.0.1 tos 0x08
ip route show table 200
ip route add blackhole 10.0.0.0/8 table 200
ip rule del not uidrange 0-0 ipproto tcp sport 0
ip rule
ip route show table all
