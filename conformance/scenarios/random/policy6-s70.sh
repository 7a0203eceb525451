# Seeded random IPv6 policy-routing scenario (seed 70), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 route add 2001:db8::/32 dev veth0 table 200
ip -6 route add unreachable default metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add 2001:db8::/32 dev veth2 table main
ip -6 rule show
ip -6 rule add pref 200 oif veth0 ipproto tcp blackhole
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route show table all
ip -6 rule del pref 32000
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 3
ip -6 rule del pref 32000
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto tcp sport 1000 dport 1000
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 uid 50
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto ipv6-icmp sport 2500 dport 1000
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 rule del pref 32000
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule show table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 rule add pref 200 to 2001:db8:5::/48 oif veth2 unreachable
ip -6 route del default table main
ip -6 rule del from 2001:db8:b::1 to 2001:db8:6::/48
ip -6 rule add pref 100 uidrange 1000-2000 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 ipproto udp sport 1500 dport 1000
ip -6 rule add not fwmark 3/3 to 2001:db8::/32 to 2001:4860::/32 goto 200
ip -j -6 rule
ip -6 rule add to 2001:db8:6::/48 table 100
ip -6 rule show
ip -6 route add default dev veth0 table main
ip -6 route get 2001:db8:5::1 mark 3 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 rule del iif lo to 2001:4860::/32
ip -6 rule add iif lo table 200 suppress_ifgroup 5
ip -6 route del ::/1 table 100
ip -6 route get 2001:db8:a::9 oif veth2 uid 1500 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 3
ip -6 route show table 200
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule show table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0
ip -6 route get 2001:4860::8888
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule add pref 32000 uidrange 0-0 oif veth2 goto 32000
ip -6 rule add pref 300 not from 2001:db8:b::1 table 100 suppress_prefixlength 48
ip -6 rule add pref 200 oif veth2 from 2001:db8:a::/64 nop
ip -6 route add prohibit 2001:db8::/32 metric 10 table main
ip -6 rule add pref 300 not iif veth0 sport 1 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 ipproto tcp
ip -6 route show table 200
ip -6 rule add pref 300 iif veth0 iif lo table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 uid 1500
ip -j -6 rule
ip -6 route add prohibit default metric 10 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto udp sport 1 dport 2001
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule
ip -6 route show table all
