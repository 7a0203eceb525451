# Seeded random IPv6 policy-routing scenario (seed 145), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw default metric 10 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route add ::/1 dev veth2 table main
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 32000 fwmark 0x10/0xf0 goto 50
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 rule add pref 200 sport 1 table 100 suppress_prefixlength 48
ip -6 rule
ip -6 route get 2001:db8:5::1 ipproto udp sport 2500 dport 80
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table 200
ip link set veth0 down
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 7 fibmatch
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 oif veth2
ip -6 route get 2001:db8:b::1
ip link set veth0 up
ip -6 route get 2001:db8:7::1
ip -6 route show table all
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 route get 2001:db8:5::1 mark 0x13 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule add pref 32000 sport 1001-1156 oif veth0 sport 2001 nop
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 ipproto tcp sport 2500 dport 2001
ip -6 rule del not dport 1001-1590 fwmark 3/3 ipproto udp nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:4860::8888 mark 3 ipproto udp sport 1000 dport 80
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 3 fibmatch
ip -6 rule show
ip link set veth2 down
ip -6 rule add pref 200 iif veth0 uidrange 1000-2000 table main suppress_prefixlength 48
ip -6 rule del pref 200
ip -6 route add 2001:db8:5::/48 dev veth2 table 100
ip -6 rule add pref 200 sport 2001-3750 oif veth2 lookup main
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add to 2001:db8::/32 unreachable
ip -6 rule add uidrange 1000-2000 oif veth0 blackhole
ip -6 rule add pref 100 not iif veth1 goto 50
ip -6 rule add pref 50 to 2001:db8::/32 nop
ip -6 rule
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7 uid 50 fibmatch
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route del ::/1 table 200
ip -6 rule show
ip -6 route add prohibit ::/1 table 100
ip -6 rule del from 2001:db8:a::/64 lookup 100
ip -j -6 rule
ip -6 rule show table 100
ip -6 rule add pref 32000 not dport 1-460 unreachable
ip -6 route get 2001:db8:5::1 oif veth0 mark 3
ip -6 rule add pref 100 ipproto ipv6-icmp oif veth2 nop
ip -6 route get 2001:db8:6::1 mark 0x13 ipproto tcp sport 1500 dport 2001
ip -6 rule add uidrange 0-0 from 2001:db8::/32 unreachable
ip -6 rule del oif veth0 dport 2001-2085
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -j -6 rule
ip -d -6 rule
ip -6 route get 2001:db8:b::1
ip -6 rule
ip -6 route show table all
