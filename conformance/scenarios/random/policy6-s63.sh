# Seeded random IPv6 policy-routing scenario (seed 63), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 dev veth2 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 200
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add throw 2001:db8:6::/48 metric 10 table main
ip -6 route add throw 2001:db8::/32 metric 10 table main
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 rule add not dport 1-1987 lookup 100
ip -6 rule add pref 32000 from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 route add prohibit default metric 10 table main
ip -6 route add throw default metric 10 table 100
ip -6 rule
ip -6 route get 2001:db8:5:1::7 ipproto tcp
ip -j -6 rule
ip -6 route show table 200
ip -6 rule add iif lo dport 2001 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 oif veth0 mark 7
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route get 2001:db8:5:1::9 ipproto tcp
ip -6 rule add pref 100 not dport 1001-2390 unreachable
ip -6 rule add pref 100 uidrange 0-100 to 2001:db8:6::/48 goto 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 oif veth0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 7 uid 0
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 uid 1500
ip -6 rule del iif veth0 table main suppress_prefixlength 48
ip -6 route get 2001:4860::8888 oif veth0 uid 1500
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 rule list pref 100
ip -6 rule
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route show table all
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 0x13
ip -6 rule add pref 50 uidrange 0-0 table main suppress_prefixlength 48
ip -6 rule del oif veth2 sport 2001-3833 dport 1001
ip -6 rule add pref 100 from 2001:db8:b::1 oif veth2 fwmark 7 table 200
ip -6 route add blackhole ::/1 table main
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 7
ip -6 rule list pref 100
ip -6 route show table all
ip -6 route get 2001:db8:7::1 fibmatch
ip -6 rule add pref 32000 uidrange 0-0 sport 1-416 to 2001:db8:6::/48 lookup main
ip -6 rule add pref 32000 to 2001:4860::/32 goto 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule add pref 32000 uidrange 0-0 from all from 2001:db8:b::1 table 200 suppress_ifgroup 0
ip -d -6 rule
ip -6 route del 2001:db8::/32 table 200
ip -6 rule add pref 50 iif lo nop
ip -6 rule add pref 50 to 2001:4860::/32 dport 2001 table 100
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip link set veth0 up
ip -6 rule add uidrange 0-100 table 200 suppress_ifgroup 5
ip -6 rule show table 100
ip -6 rule add uidrange 0-100 sport 2001-3583 blackhole
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth2
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 1 dport 2001
ip link set veth0 down
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 rule add pref 50 iif veth0 oif veth0 dport 1 table main suppress_prefixlength 48
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 rule add to 2001:4860::/32 uidrange 1000-2000 blackhole
ip -6 rule
ip -6 route show table all
