# Seeded random policy-routing scenario (seed 232), from conformance/generators/policy.ts.
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
ip route add unreachable 172.16.0.0/12 table 100
ip route add throw 10.1.2.0/24 table 100
ip route add prohibit default table 200
ip route add 0.0.0.0/1 via 198.51.100.2 metric 10 table 200
ip route add throw 0.0.0.0/1 metric 10 table 200
ip route add prohibit 10.1.0.0/16 table 300
ip route add prohibit 10.1.0.0/16 table 300
ip route add 10.1.2.0/24 dev veth0 metric 10 table 300
ip route add blackhole 10.1.2.3 table main
ip route add unreachable 10.0.0.0/8 table main
ip route add blackhole 0.0.0.0/1 table main
ip rule add pref 32000 tos 0x10 lookup 200
ip rule del not oif veth0
ip route get 10.1.2.3 from 203.0.113.5 ipproto udp sport 0 dport 1000
ip route get 127.0.0.1 ipproto 1 sport 1500 dport 1000
ip rule add dport 2000 sport 2000 lookup 200
ip rule del pref 32000
ip route get 192.0.2.77 from 203.0.113.1 iif veth3 mark 0x13
ip route get 10.0.0.1 mark 7 fibmatch
ip route get 10.0.0.1 from 10.1.2.3
ip route get 10.1.2.9 from 203.0.113.1 iif veth0 mark 3 tos 0x10
ip route get 8.8.8.8 from 203.0.113.5 iif veth0
ip rule list pref 100
ip route get 127.0.0.1 mark 7 ipproto tcp
ip route get 10.1.2.3 from 198.51.100.9 mark 7
ip rule add pref 100 from 10.0.0.0/8 fwmark 3/3 table main suppress_prefixlength 16
ip route get 172.16.1.1 iif veth1 mark 7 tos 0x08 ipproto udp sport 1500 dport 1000
ip rule show table 100
ip rule list pref 100
ip rule del pref 32000
ip route add blackhole 10.1.0.0/16 table 300
ip route get 127.0.0.1 from 192.0.2.1 uid 0
ip rule add from all dport 1000 unreachable
ip route get 10.0.0.1 from 203.0.113.1 mark 7
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip route get 10.0.0.1 iif veth3
ip route show table all
ip route get 10.0.0.1 mark 0x100
ip route del 172.16.0.0/12 table 100
ip rule show
ip route get 8.8.8.8 tos 0x10
ip rule list pref 100
ip route get 10.1.2.9 iif veth0 mark 7 tos 0x10 uid 0
ip route add blackhole 10.1.0.0/16 table 200
ip rule add pref 300 sport 1000 dport 1000-2765 nop
ip rule del ipproto udp table 200 suppress_ifgroup 5
ip rule add pref 100 to 172.16.0.0/12 uidrange 0-0 oif veth0 blackhole
ip route show table 200
ip route get 192.0.2.77 ipproto 1 sport 1500 dport 2001
ip rule add pref 200 tos 0x10 table 100 suppress_prefixlength 16
ip route add 10.1.0.0/16 via 198.51.100.2 table 300
ip route add 203.0.113.16/28 dev veth1 metric 10 table 100
ip route get 10.1.9.9 fibmatch
ip route get 127.0.0.1 from 10.1.2.3
ip route get 10.1.9.9 from 10.1.2.3
ip route get 10.1.9.9 oif veth0 uid 50
ip route add prohibit 0.0.0.0/1 table 100
ip route del 172.16.0.0/12 table 300
ip rule del dport 1000-1915 dport 2000-3470 blackhole
ip route add blackhole default table main
ip route get 192.0.2.77 tos 0x10
ip -d rule
ip route get 192.0.2.77 iif veth3 mark 0x13 tos 0x08
ip rule add pref 32000 iif lo from 10.0.0.0/8 unreachable
ip route get 127.0.0.1 iif veth1 mark 0x100 tos 0x10 ipproto udp sport 0 dport 2001
ip route del 10.1.2.0/24 table 100
ip rule del uidrange 0-0 sport 0 sport 0-859 table main suppress_prefixlength 16
ip rule add to 10.1.2.0/24 fwmark 0x100 blackhole
ip route get 10.1.2.9
ip route get 10.1.2.9 from 198.51.100.9 mark 7 tos 0x08
ip route get 203.0.113.20 from 203.0.113.5 oif veth2 mark 0x100 ipproto 1 sport 1500 dport 80
ip rule
ip route show table all
