# Seeded random IPv6 policy-routing scenario (seed 69), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw ::/1 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 table 200
ip -6 route add default dev veth2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route show table 200
ip -6 rule add sport 2001-3390 iif veth0 nop
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip -6 rule add pref 32000 oif veth0 dport 1001-1538 iif lo prohibit
ip -6 route get 2001:4860::8888 fibmatch
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 3 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 route del 2001:db8::/32 table 200
ip -6 rule del not dport 2001-3812 blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1500 dport 80
ip -j -6 rule
ip -6 rule add sport 1-661 lookup main
ip -6 route get 2001:db8:7::1 mark 0x13 ipproto tcp sport 1 dport 80
ip -d -6 rule
ip -6 rule add pref 300 oif veth2 oif veth0 prohibit
ip -6 rule add pref 32000 not uidrange 0-0 dport 1001-2590 goto 300
ip -6 rule add pref 100 from 2001:db8:a::/64 table 100
ip -6 rule show
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 200
ip -6 rule add pref 50 iif veth0 from 2001:db8:b::1 table 100 suppress_prefixlength 0
ip -6 rule add pref 50 fwmark 3/3 blackhole
ip -6 rule add pref 300 uidrange 0-0 table 100 suppress_prefixlength 48
ip -6 rule add pref 300 ipproto tcp table 100 suppress_prefixlength 32
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 oif veth2 mark 3 uid 0
ip -6 rule del pref 300
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route get 2001:db8:5:1::7
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 0x13 ipproto tcp
ip -6 route show table all
ip -6 rule show
ip -6 route get 2001:db8:5::1 mark 0x13
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 oif veth0 uid 50
ip -6 rule add pref 200 from 2001:db8::/32 table main suppress_prefixlength 32
ip -6 rule add pref 200 iif veth1 ipproto ipv6-icmp table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::9 fibmatch
ip -6 rule add fwmark 7 oif veth0 table 100 suppress_prefixlength 0
ip -6 rule add from 2001:db8:b::1 from 2001:db8:b::1 sport 1001-1548 blackhole
ip -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 7 uid 1500
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule add iif veth1 prohibit
ip -6 rule show
ip -6 rule show table 100
ip -j -6 rule
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 uid 50
ip -6 route get 2001:db8:5::1 mark 7 ipproto udp sport 1 dport 80
ip -6 rule del not from 2001:db8:a::/64 table 200
ip -6 rule list pref 100
ip -6 rule show
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 uid 1500 fibmatch
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 rule add pref 100 from 2001:db8:b::1 sport 1-1972 table 100 suppress_prefixlength 48
ip -6 rule add pref 50 ipproto ipv6-icmp oif veth2 to 2001:4860::/32 prohibit
ip -6 rule add pref 50 to 2001:db8::/32 nop
ip -6 rule
ip -6 route show table all
