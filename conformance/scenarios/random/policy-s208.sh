# Seeded random policy-routing scenario (seed 208), from conformance/generators/policy.ts.
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
ip route add 10.1.0.0/16 dev veth0 table 100
ip route add 0.0.0.0/1 via 198.51.100.2 table 100
ip route add unreachable 172.16.0.0/12 metric 10 table 100
ip route add unreachable 172.16.0.0/12 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add prohibit 10.0.0.0/8 table 200
ip route add 172.16.0.0/12 dev veth0 table 300
ip route add blackhole 10.1.0.0/16 metric 10 table 300
ip route add 10.1.2.3 dev veth2 metric 10 table 300
ip route add 203.0.113.16/28 via 192.0.2.3 metric 10 table main
ip route add 10.1.2.3 via 192.0.2.2 metric 10 table main
ip route add default via 203.0.113.2 table main
ip route get 127.0.0.1 from 10.1.2.3 iif veth0 mark 0x13 tos 0x10 ipproto 1 sport 1000 dport 80
ip route get 10.1.9.9 uid 50
ip rule show table 100
ip route get 203.0.113.20 iif veth3
ip rule del from 10.0.0.0/8
ip rule add pref 200 iif veth1 table 200 suppress_ifgroup 5
ip route add throw 203.0.113.16/28 metric 10 table 200
ip rule add to 10.1.2.0/24 oif veth2 dport 0 goto 100
ip route del 203.0.113.16/28 table main
ip rule add iif veth1 table 200 suppress_ifgroup 5
ip route del default table 300
ip rule del dport 2000 prohibit
ip rule add pref 32000 tos 0x10 table 300
ip rule
ip rule show table 100
ip route add throw 172.16.0.0/12 table 200
ip route get 10.0.0.1 iif veth3
ip rule add pref 100 ipproto tcp from 203.0.113.0/28 goto 100
ip route get 198.51.100.1 from 203.0.113.5 oif veth2 uid 1500
ip route show table all
ip rule show table 100
ip rule del pref 100
ip route get 203.0.113.20 uid 50
ip link set veth2 up
ip route show table all
ip rule add pref 300 tos lowdelay prohibit
ip route show table all
ip rule
ip rule add pref 50 uidrange 1000-2000 uidrange 1000-2000 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip rule add pref 32000 sport 1000-1823 dport 2000 prohibit
ip route get 192.0.2.77 from 10.1.2.3 iif veth3
ip rule add sport 0 table 100 suppress_prefixlength 8
ip route add 10.0.0.0/8 via 198.51.100.2 metric 10 table 100
ip route get 203.0.113.20 fibmatch
ip route get 203.0.113.20 from 203.0.113.1 iif veth3 ipproto 1 sport 1000 dport 2001
ip rule add sport 2000-2368 table 200 suppress_ifgroup 5
ip route add blackhole default table 300
ip rule list pref 100
ip route add unreachable 10.0.0.0/8 table 100
ip rule add pref 32000 fwmark 0x100 sport 0-268 sport 2000-2411 prohibit
ip rule add ipproto tcp uidrange 1000-2000 goto 32000
ip rule add pref 200 fwmark 7 prohibit
ip route get 10.0.0.1 from 203.0.113.1 oif veth2 uid 50
ip route get 172.16.1.1 from 10.1.2.3 mark 0x13 tos 0x08 uid 50
ip rule add uidrange 0-100 fwmark 0x10/0xf0 sport 1000-1698 table 100 suppress_prefixlength 8
ip rule add from 10.0.0.0/8 table main suppress_prefixlength 16
ip route show table 200
ip rule list pref 100
ip rule add pref 300 from 198.51.100.1 nop
ip route get 10.0.0.1 from 198.51.100.1
ip route get 10.1.9.9 fibmatch
ip route get 10.0.0.1 iif veth1 mark 0x100 ipproto udp
ip rule add fwmark 0x100 uidrange 0-100 sport 2000 table 200 suppress_ifgroup 5
ip rule del oif veth0 table main suppress_prefixlength 0
ip route get 192.0.2.77 iif veth1 mark 3
ip route get 10.0.0.1 iif veth0
ip route add 0.0.0.0/1 dev veth1 table 100
sysctl -w net.ipv4.conf.veth3.rp_filter=0
ip route del 10.1.0.0/16 table 200
ip route add 10.0.0.0/8 dev veth2 table 300
ip rule
ip route show table all
