# Seeded random IPv6 policy-routing scenario (seed 91), from conformance/generators/policy.ts --profile 6.
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
ip link set veth2 group 5
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 route add throw default table 100
ip -6 route add throw 2001:db8::/32 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 route add throw 2001:db8:5::/48 table main
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 3
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 uid 1500
ip -6 rule del pref 200
ip -6 rule add ipproto ipv6-icmp goto 300
ip -6 rule del fwmark 0x10/0xf0 ipproto udp
ip -6 rule add fwmark 7 oif veth2 nop
ip -6 rule del pref 50
ip -6 route show table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 table 200
ip -6 rule add pref 200 not ipproto tcp to 2001:4860::/32 table 100 suppress_prefixlength 48
ip -6 rule add oif veth0 uidrange 0-100 fwmark 0x10/0xf0 unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 mark 0x13
ip link set veth0 up
ip -6 rule add pref 300 not to 2001:db8:6::/48 prohibit
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 3 ipproto udp sport 1 dport 2001
ip -6 rule add sport 1 uidrange 0-100 dport 1-1604 blackhole
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 rule add pref 100 sport 1 ipproto ipv6-icmp table 100
ip -6 rule del pref 32000
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule add pref 300 uidrange 0-0 lookup main
ip -6 rule
ip -6 route get 2001:db8:5:1::9 mark 7 uid 1500 ipproto udp sport 1000 dport 2001
ip -6 route get 2001:db8:a::9
ip -6 route show table 200
ip -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 7 uid 1500
ip -6 rule
ip -6 rule add oif veth2 lookup 100
ip -6 rule add from 2001:db8::/32 blackhole
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 route del default table main
ip -6 route get 2001:4860::8888
ip -6 route get 2001:4860::8888 oif veth2 ipproto tcp fibmatch
ip -6 route del ::/1 table main
ip -6 route del default table main
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule del uidrange 1000-2000
ip -6 rule del pref 32000
ip -6 rule add pref 50 not to 2001:db8:5::/48 fwmark 3/3 table 200
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -j -6 rule
ip -6 rule add from 2001:db8::/32 blackhole
ip -6 rule add pref 300 sport 2001-2437 table 100
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto tcp sport 1000 dport 1000
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto udp
ip -j -6 rule
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:4860::8888 uid 1500 fibmatch
ip -6 rule
ip -6 route show table all
