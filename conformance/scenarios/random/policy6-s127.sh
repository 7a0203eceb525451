# Seeded random IPv6 policy-routing scenario (seed 127), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add default dev veth2 metric 10 table 200
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route add unreachable default table main
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table main
ip -j -6 rule
ip link set veth0 up
ip -j -6 rule
ip -6 route add default via 2001:db8:c::2 table 200
ip -6 route show table 200
ip -6 route add default dev veth2 metric 10 table 100
ip -6 rule
ip -6 rule add pref 32000 ipproto udp sport 1001 unreachable
ip -6 route get 2001:4860::8888 ipproto tcp sport 1 dport 1000
ip -6 route get 2001:db8:5::1 fibmatch
ip link set veth2 up
ip -6 rule add pref 200 to 2001:4860::/32 dport 1001-1459 dport 1 table main suppress_prefixlength 32
ip -6 rule show
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 50 not to 2001:db8::/32 table main suppress_prefixlength 0
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 uid 1500
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 32000 iif veth1 to 2001:db8:5::/48 unreachable
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add fwmark 0x10/0xf0 table 100
ip -j -6 rule
ip -6 rule add pref 300 ipproto ipv6-icmp goto 200
ip -6 rule add ipproto tcp table main suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 mark 7
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:b::1 mark 3 ipproto tcp sport 1000 dport 1000
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route show table 200
ip -6 rule add pref 100 to 2001:4860::/32 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip link set veth2 down
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 32000 from 2001:db8::/32 sport 1-1673 blackhole
ip -6 route show table all
ip -6 route get 2001:db8:7::1 mark 3 uid 0 ipproto tcp
ip -6 rule add oif veth0 unreachable
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -6 rule add pref 200 uidrange 0-0 lookup 100
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto tcp
ip -6 rule add pref 32000 oif veth0 fwmark 3/3 ipproto ipv6-icmp table main suppress_prefixlength 0
ip -d -6 rule
ip -6 rule add dport 1001 sport 1-1432 table 200 suppress_ifgroup 0
ip link set veth2 up
ip -6 route show table 200
ip -6 rule
ip -6 rule del pref 100
ip -6 rule add ipproto tcp goto 50
ip -6 route show table 200
ip -6 route get 2001:db8:7::1 oif veth2 uid 0
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 3
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 uid 1500 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route get 2001:db8:a::9 mark 0x13 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add pref 50 from 2001:db8:b::1 ipproto ipv6-icmp lookup main
ip -6 route add throw 2001:db8::/32 metric 10 table 100
ip -6 route show table 200
ip -6 rule add pref 32000 ipproto ipv6-icmp sport 1-795 from 2001:db8:a::/64 nop
ip -6 rule
ip -6 route show table all
