# Seeded random IPv6 policy-routing scenario (seed 80), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:b::2 table 100
ip -6 route add ::/1 dev veth2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add blackhole ::/1 table 200
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 route add ::/1 dev veth2 table main
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule add iif lo oif veth0 lookup 100
ip -6 route get 2001:db8:5::1 mark 0x13 ipproto udp sport 1000 dport 2001
ip link set veth0 down
ip -6 rule
ip -6 rule add pref 32000 fwmark 3/3 unreachable
ip -6 rule add to 2001:db8:6::/48 uidrange 0-0 unreachable
ip -6 rule add pref 100 from 2001:db8::/32 from 2001:db8:a::/64 ipproto tcp table main suppress_prefixlength 48
ip -6 rule add sport 1001 table 200
ip -6 rule add pref 50 from 2001:db8:b::1 unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 mark 0x13
ip -6 rule add to 2001:4860::/32 goto 50
ip -6 route get 2001:db8:a::9 mark 7 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 mark 3
ip -6 rule list pref 100
ip -6 rule add pref 100 ipproto ipv6-icmp nop
ip -6 route del default table 100
ip -6 route del 2001:db8::/32 table 200
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:b::1 uid 0 ipproto udp
ip -6 rule add from 2001:db8::/32 blackhole
ip -6 route del 2001:db8::/32 table 100
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 uid 50 ipproto ipv6-icmp
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 7
ip -6 rule add pref 200 from 2001:db8::/32 dport 1001 prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 0
ip -6 rule del pref 100
ip -6 route get 2001:db8:7::1 oif veth2 uid 50 ipproto udp sport 1000 dport 1000
ip -6 rule add pref 32000 fwmark 0x10/0xf0 uidrange 0-100 nop
ip -6 route get 2001:4860::8888
ip -6 rule add pref 100 not ipproto ipv6-icmp goto 50
ip -6 rule show
ip -6 route show table all
ip -6 rule add pref 100 not dport 1001-2947 blackhole
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp
ip -6 route show table all
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table main
ip -6 rule
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 oif veth2 mark 3 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 route get 2001:db8:5::1 uid 0 ipproto tcp sport 1 dport 2001
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 rule add sport 2001 oif veth2 uidrange 0-0 goto 200
ip -6 route add prohibit ::/1 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp sport 2500 dport 80
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 0x13
ip -6 rule add pref 50 oif veth2 iif veth1 prohibit
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -6 rule add oif veth0 prohibit
ip -6 rule del sport 1001
ip -6 rule add pref 50 to 2001:db8:5::/48 oif veth0 nop
ip -6 route get 2001:4860::8888 oif veth0 ipproto ipv6-icmp
ip -6 rule del sport 1
ip -6 rule
ip -6 route show table all
