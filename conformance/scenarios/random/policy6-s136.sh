# Seeded random IPv6 policy-routing scenario (seed 136), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 100
ip -6 route add default dev veth2 table 100
ip -6 route add prohibit ::/1 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 200
ip -6 route add ::/1 dev veth0 table 200
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route add blackhole 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::/64 dev veth0 table main
ip -6 route add ::/1 dev veth0 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0 ipproto tcp sport 1000 dport 80
ip -6 rule add uidrange 0-0 lookup 100
ip -6 rule del pref 32000
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 200
ip -6 rule show table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 rule del pref 50
ip -6 rule add pref 32000 to 2001:db8:6::/48 to 2001:db8::/32 prohibit
ip -6 route show table 200
ip -6 rule del from 2001:db8::/32 oif veth0 prohibit
ip -6 rule add pref 200 iif veth0 table main suppress_prefixlength 48
ip -6 rule add uidrange 1000-2000 oif veth0 nop
ip -6 rule add pref 100 ipproto tcp lookup 100
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:4860::8888 oif veth2 mark 7
ip -6 route get 2001:db8:b::1 oif veth2
ip -6 rule del iif veth0 from 2001:db8:b::1 dport 1
ip -6 route add prohibit 2001:db8:5:1::/64 table 200
ip -6 rule
ip -6 route get 2001:db8:a::9 mark 7
ip -6 route get 2001:db8:7::1
ip -6 rule show
ip -6 rule list pref 100
ip -6 route add prohibit 2001:db8::/32 table 100
ip -6 route get 2001:db8:6::1 mark 3 fibmatch
ip -6 rule show
ip -6 rule show
ip -6 rule add pref 100 dport 2001 blackhole
ip -6 route get 2001:4860::8888 oif veth0
ip link set veth0 up
ip -6 rule add pref 100 to 2001:db8:6::/48 uidrange 0-0 lookup 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 3 ipproto ipv6-icmp fibmatch
ip -6 rule add pref 50 uidrange 0-0 ipproto tcp prohibit
ip -6 route add default via 2001:db8:c::2 metric 10 table main
ip -6 route get 2001:db8:b::1 mark 3 uid 50 ipproto tcp sport 1000 dport 1000
ip -6 rule
ip -6 rule del oif veth0
ip -6 rule
ip -6 rule add pref 300 uidrange 0-0 iif veth1 prohibit
ip -6 route get 2001:db8:5::1 mark 3 ipproto tcp sport 1000 dport 1000
ip -6 route del ::/1 table main
ip -6 route show table all
ip -6 route get 2001:db8:7::1 ipproto tcp sport 1500 dport 80
ip -6 rule add pref 100 uidrange 0-0 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 fibmatch
ip -6 route del default table 200
ip -6 rule del uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 mark 7 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 uid 50 fibmatch
ip -6 route get 2001:db8:5:1::7
ip -6 rule del to 2001:db8:5::/48 from all
ip -6 rule add pref 50 not uidrange 1000-2000 blackhole
ip -6 rule add uidrange 0-100 from 2001:db8:a::/64 prohibit
ip -6 route show table all
ip -6 rule add pref 32000 iif lo blackhole
ip -6 rule show
ip -6 rule show table 100
ip -d -6 rule
ip -6 route get 2001:db8:a::9
ip -6 rule add not to 2001:db8:5::/48 dport 1 table main suppress_prefixlength 0
ip -6 rule
ip -6 route show table all
