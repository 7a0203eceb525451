# Seeded random IPv6 policy-routing scenario (seed 30), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 100
ip -6 route add throw ::/1 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 table 200
ip -6 route add unreachable default metric 10 table main
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 rule del pref 200
ip -6 rule add pref 50 ipproto ipv6-icmp goto 100
ip -6 rule
ip -j -6 rule
ip -j -6 rule
ip -6 route get 2001:4860::8888 mark 0x13 ipproto tcp sport 1 dport 80
ip link set veth2 up
ip -6 rule add pref 300 not dport 1001-2859 fwmark 3/3 iif veth1 blackhole
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 0x13
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 rule add pref 32000 fwmark 3/3 prohibit
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -d -6 rule
ip -6 rule add not oif veth0 ipproto udp blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 uid 1500
ip -6 route del ::/1 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 rule del fwmark 0x10/0xf0 table 100
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 0 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 uid 50 ipproto tcp
ip -6 route get 2001:db8:b::1 uid 0 fibmatch
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 uid 1500
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 mark 3 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 ipproto tcp
ip -6 route get 2001:db8:5::1 mark 0x13 ipproto udp sport 1 dport 80 fibmatch
ip -6 rule show
ip -6 route show table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 rule del pref 32000
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth2 mark 3
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 7 fibmatch
ip -6 route show table 200
ip -6 rule add pref 32000 sport 1001-2564 unreachable
ip -6 route show table all
ip link set veth2 up
ip -6 route show table 200
ip -6 rule show
ip -6 rule add ipproto udp oif veth2 table main suppress_prefixlength 0
ip -6 route get 2001:db8:a::9 uid 1500 ipproto ipv6-icmp
ip -6 rule
ip -6 route get 2001:db8:7::1 mark 0x13 uid 1500
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 mark 3
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 0
ip link set veth0 up
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 mark 0x13 uid 0 ipproto udp
ip -6 rule del not ipproto udp iif lo prohibit
ip link set veth2 up
ip -6 rule add not sport 2001 sport 2001 blackhole
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:6::1 mark 3
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 rule add pref 300 uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 rule
ip -6 route show table all
