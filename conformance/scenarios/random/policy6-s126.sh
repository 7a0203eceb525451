# Seeded random IPv6 policy-routing scenario (seed 126), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 route add unreachable default table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 100
ip -6 route add ::/1 dev veth2 table 200
ip -6 route add prohibit ::/1 metric 10 table 200
ip -6 route add default via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table main
ip -6 route add default dev veth2 table main
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 0x13 fibmatch
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 rule add pref 300 to 2001:db8:5::/48 iif veth1 sport 2001 unreachable
ip -6 rule add not dport 1001 fwmark 0x10/0xf0 goto 200
ip -6 route show table all
ip -6 route get 2001:db8:5::1 mark 3 ipproto tcp
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth0 uid 50
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 0x13 fibmatch
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 rule add sport 2001-3150 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 mark 7
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 rule add pref 50 fwmark 7 oif veth2 dport 1 nop
ip -6 rule add to 2001:db8:5::/48 dport 1001 nop
ip -6 rule
ip -6 rule add not to 2001:db8:5::/48 iif veth0 from all goto 200
ip -6 route get 2001:db8:5:1::9
ip -6 rule add not fwmark 0x10/0xf0 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route del ::/1 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0
ip -6 route show table all
ip -6 rule add pref 50 dport 2001-3775 table main suppress_prefixlength 0
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 rule
ip -6 route get 2001:db8:5::1
ip -6 rule add to 2001:db8:5::/48 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1
ip -6 rule add not sport 1001 prohibit
ip -6 route get 2001:db8:7::1
ip -6 rule show table 100
ip -6 rule add not from 2001:db8::/32 from 2001:db8::/32 iif lo table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:7::1 oif veth0 ipproto tcp sport 1000 dport 80
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 rule add pref 200 iif veth0 sport 1 uidrange 0-100 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule add pref 32000 sport 1 from 2001:db8:b::1 lookup main
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 50 uidrange 1000-2000 unreachable
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 uid 0 ipproto ipv6-icmp
ip -6 rule del dport 2001 uidrange 0-100 unreachable
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:b::1 oif veth2 mark 0x13
ip -d -6 rule
ip -6 route add unreachable 2001:db8::/32 metric 10 table 200
ip -6 route get 2001:db8:5:1::7 mark 3 uid 50 ipproto tcp sport 1500 dport 1000
ip -6 route get 2001:db8:b::1
ip -6 rule show
ip link set veth2 down
ip -6 rule show table 100
ip -6 rule
ip -6 route show table all
