# Seeded random IPv6 policy-routing scenario (seed 100), from conformance/generators/policy.ts --profile 6.
ip link set lo up
ip link add veth0 address 02:00:00:00:04:01 type veth peer name veth1 address 02:00:00:00:04:02
ip link add veth2 address 02:00:00:00:04:03 type veth peer name veth3 address 02:00:00:00:04:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:b::1/64 dev veth2 nodad
ip addr add 2001:db8:c::1/64 dev veth1 nodad
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 route add blackhole ::/1 table main
ip -d -6 rule
ip link set veth2 up
ip -6 rule add pref 300 sport 2001 nop
ip -6 rule add pref 100 not oif veth0 lookup 100
ip -d -6 rule
ip -6 route add blackhole 2001:db8:5::/48 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 rule add pref 100 ipproto tcp sport 1 blackhole
ip -6 rule show table 100
ip -6 rule del dport 1001-1119 fwmark 3/3
ip -6 rule add ipproto udp prohibit
ip -6 rule add pref 32000 oif veth0 unreachable
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 oif veth2 uid 0 ipproto udp sport 1 dport 1000
ip -6 route get 2001:4860::8888 uid 1500
ip -j -6 rule
ip -6 rule show table 100
ip -6 route show table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 uid 50
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add dport 2001 unreachable
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 uid 50
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 rule add to 2001:4860::/32 ipproto udp nop
ip -6 route show table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 uid 0 ipproto ipv6-icmp sport 1000 dport 80
ip link set veth2 up
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route show table 200
ip -6 rule del uidrange 0-100 lookup 100
ip -6 rule add pref 200 not fwmark 7 unreachable
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 ipproto udp sport 1500 dport 80 fibmatch
ip -6 route get 2001:db8:5::1
ip -6 rule add not to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 route show table all
ip -6 rule add pref 50 sport 2001 to 2001:db8:6::/48 prohibit
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 rule add pref 50 sport 1 unreachable
ip -6 rule add ipproto tcp oif veth0 dport 1001-2972 lookup 100
ip -6 route add prohibit ::/1 table 200
ip -6 route del 2001:db8:6::/48 table 100
ip -6 route show table all
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule add sport 1001 uidrange 0-100 nop
ip -j -6 rule
ip -6 route show table 200
ip -j -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 rule add ipproto tcp ipproto udp from 2001:db8:a::/64 nop
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9 mark 7
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 rule show table 100
ip -6 rule add pref 50 not fwmark 0x10/0xf0 table 100 suppress_prefixlength 32
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule list pref 100
ip -6 rule
ip -6 route show table all
