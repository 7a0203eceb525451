# Seeded random policy-routing scenario (seed 164), from conformance/generators/policy.ts.
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
ip route add blackhole 10.1.2.0/24 metric 10 table 100
ip route add throw 10.0.0.0/8 metric 10 table 100
ip route add throw 0.0.0.0/1 metric 10 table 100
ip route add unreachable 10.1.2.3 table 200
ip route add unreachable 10.1.0.0/16 table 200
ip route add 172.16.0.0/12 dev veth2 table 200
ip route add 203.0.113.16/28 via 203.0.113.2 table 300
ip route add 172.16.0.0/12 via 192.0.2.3 table 300
ip route add throw 10.1.2.0/24 metric 10 table 300
ip route add 10.1.2.3 dev veth2 table main
ip route add blackhole 10.1.2.3 table main
ip route add 172.16.0.0/12 dev veth2 table main
ip rule list pref 100
ip route show table all
ip route get 10.1.2.3 oif veth2 ipproto udp sport 1500 dport 80
ip route get 203.0.113.20 ipproto udp sport 2500 dport 2001
ip route get 203.0.113.20 mark 0x100
ip route get 10.1.2.9 from 198.51.100.1
ip route get 10.1.9.9 oif veth0
ip route get 192.0.2.77 from 203.0.113.5 uid 1500 ipproto udp sport 1500 dport 2001
ip rule
ip rule add pref 32000 dport 2000-2312 table 100 suppress_prefixlength 0
ip route add prohibit 10.1.2.3 table 300
ip rule add not to 8.8.8.8 to 8.8.8.8 uidrange 0-0 table 100
ip route get 8.8.8.8 oif veth0
ip route get 10.0.0.1 from 10.1.2.3 tos 0x08
ip rule add pref 200 dport 0-1745 ipproto udp blackhole
ip route get 10.1.2.3 mark 0x100
ip rule list pref 100
ip route get 127.0.0.1 from 198.51.100.1 iif veth3 ipproto 1
ip route get 192.0.2.77 from 10.1.2.3
ip route get 8.8.8.8 from 198.51.100.9
ip rule show table 100
ip rule del to 10.0.0.0/8 to 10.0.0.0/8
ip rule add pref 100 to 8.8.8.8 ipproto tcp nop
ip rule del pref 200
ip rule add pref 300 fwmark 0x10/0xf0 prohibit
ip rule add from 10.0.0.0/8 dport 2000-3739 unreachable
ip route show table 200
ip rule add pref 100 oif veth0 lookup main
ip -d rule
ip rule add tos 0x10 goto 200
ip rule del oif veth0
ip route get 10.1.2.3 from 10.1.2.3 mark 0x13
ip rule add pref 32000 to 8.8.8.8 to 10.1.2.0/24 table 100
ip route get 10.1.2.3 iif veth0
ip rule add pref 300 tos lowdelay table main suppress_prefixlength 8
ip rule add pref 50 to 172.16.0.0/12 ipproto tcp fwmark 3/3 prohibit
ip route add 10.1.0.0/16 via 192.0.2.2 metric 10 table 100
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.veth1.rp_filter=1
ip rule add pref 300 not ipproto tcp tos lowdelay table 200
ip route show table all
ip route del 203.0.113.16/28 table 200
ip route get 172.16.1.1 oif veth2
ip route del 10.1.2.3 table 300
ip rule show
ip rule add pref 200 ipproto udp oif veth0 sport 2000-3541 blackhole
ip rule add uidrange 0-0 uidrange 0-0 tos 0x08 table 100 suppress_prefixlength 16
ip route show table all
ip route get 198.51.100.1 ipproto 1 sport 1500 dport 2001
ip route get 10.0.0.1 from 10.1.2.3 oif veth0 ipproto udp
ip route show table all
ip route get 198.51.100.1 from 198.51.100.1
ip rule add pref 100 from 198.51.100.1 prohibit
ip route get 10.0.0.1 ipproto 1
ip rule add sport 1000-1041 ipproto tcp prohibit
ip rule
ip route get 172.16.1.1 from 10.1.2.3 tos 0x10 ipproto 1 sport 0 dport 1000
ip route get 10.1.2.9 from 10.1.2.3 oif veth2
ip rule list pref 100
ip route get 10.1.2.9 mark 3 tos 0x10
ip rule
ip route show table all
