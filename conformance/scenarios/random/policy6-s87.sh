# Seeded random IPv6 policy-routing scenario (seed 87), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table 100
ip -6 route add default via 2001:db8:a::2 metric 10 table 100
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 200
ip -6 route add unreachable default table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route add throw 2001:db8:5:1::7 metric 10 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table main
ip -6 route get 2001:4860::8888 oif veth2
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 uid 0
ip -d -6 rule
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 rule add pref 300 from 2001:db8::/32 nop
ip -6 rule list pref 100
ip -6 route add default dev veth2 table main
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 ipproto tcp
ip -6 rule
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 oif veth2 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 rule add pref 300 oif veth2 table main suppress_prefixlength 0
ip -6 rule del ipproto udp sport 1-1770
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 rule del pref 100
ip -6 rule add ipproto ipv6-icmp prohibit
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table main
ip -6 rule
ip -6 rule show table 100
ip -6 rule add pref 200 from 2001:db8:b::1 uidrange 1000-2000 blackhole
ip -6 rule del pref 100
ip -6 rule add pref 300 not sport 2001-2348 to 2001:db8::/32 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 rule del oif veth0 iif veth0 table 100 suppress_prefixlength 0
ip -6 rule add pref 50 to 2001:db8:5::/48 iif veth0 unreachable
ip -d -6 rule
ip -6 rule add ipproto udp table 100
ip -6 rule add dport 1-1090 fwmark 0x10/0xf0 ipproto udp prohibit
ip -6 rule add pref 300 uidrange 0-100 nop
ip -6 route add throw default table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 oif veth2
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule show
ip -j -6 rule
ip link set veth2 up
ip -j -6 rule
ip -6 rule add ipproto udp table 200 suppress_ifgroup 5
ip -6 route add ::/1 dev veth2 table 100
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 mark 3 ipproto udp
ip -6 route del default table 200
ip -6 rule add pref 300 ipproto tcp oif veth2 ipproto tcp table 200 suppress_ifgroup 5
ip -6 rule add pref 100 dport 1-96 uidrange 1000-2000 fwmark 7 table main suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::7
ip -6 route show table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 rule add iif veth1 table 200
ip link set veth2 up
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule show
ip -6 rule add pref 300 iif veth0 lookup 100
ip -6 rule add pref 200 iif lo dport 1001-2252 oif veth0 nop
ip -6 route get 2001:db8:6::1 mark 7 fibmatch
ip -6 rule del oif veth0 dport 1 ipproto tcp
ip -6 rule
ip -6 route show table all
