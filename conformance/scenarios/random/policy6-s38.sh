# Seeded random IPv6 policy-routing scenario (seed 38), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 100
ip -6 route add throw 2001:db8::/32 metric 10 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add default dev veth0 table 200
ip -6 route add unreachable ::/1 table main
ip -6 route add unreachable default metric 10 table main
ip -6 route add 2001:db8:5:1::7 dev veth0 table main
ip -6 route get 2001:db8:5:1::9
ip -6 rule add pref 32000 not oif veth0 ipproto tcp nop
ip -6 rule add pref 300 sport 1001 blackhole
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 oif veth2
ip -6 rule del pref 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:5:1::7 oif veth2 mark 0x13
ip -6 rule add pref 200 to 2001:db8:5::/48 sport 1 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 sport 1-1506 nop
ip -6 rule add dport 1 prohibit
ip -6 rule add pref 32000 not uidrange 0-0 table main suppress_prefixlength 32
ip -6 rule
ip -6 route get 2001:db8:5::1 oif veth0 mark 0x13
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1 dport 1000
ip -6 rule del not ipproto ipv6-icmp from 2001:db8:b::1 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 rule add fwmark 0x10/0xf0 to 2001:db8::/32 unreachable
ip -6 route get 2001:db8:6::1 oif veth2 mark 7 uid 1500 fibmatch
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table main
ip -6 route get 2001:db8:5::1 uid 0
ip -6 rule add dport 1-1826 to 2001:db8:5::/48 goto 300
ip -6 rule list pref 100
ip -6 rule list pref 100
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 uid 1500 ipproto tcp sport 1 dport 1000
ip -6 rule add pref 32000 to 2001:db8:5::/48 iif veth1 ipproto udp table 200 suppress_ifgroup 0
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route show table all
ip -6 route get 2001:db8:6::1 mark 3 fibmatch
ip -6 route get 2001:db8:5:1::9
ip -6 rule add pref 300 oif veth2 sport 2001-3369 dport 1001-1564 goto 200
ip -6 rule list pref 100
ip -6 rule add pref 32000 ipproto tcp unreachable
ip -6 rule add uidrange 0-100 prohibit
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 uid 1500
ip -6 rule add pref 32000 not dport 1 lookup 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:b::1 mark 3
ip -6 rule add pref 200 ipproto ipv6-icmp goto 300
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 ipproto udp sport 1 dport 80
ip -6 rule add pref 300 ipproto ipv6-icmp dport 1-625 lookup main
ip -6 route show table 200
ip -j -6 rule
ip -j -6 rule
ip -6 rule add pref 100 sport 1001 table 200 suppress_ifgroup 0
ip -6 rule add pref 200 ipproto ipv6-icmp iif veth0 nop
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 ipproto tcp sport 1000 dport 80
ip -6 rule del to 2001:db8:6::/48 uidrange 1000-2000 dport 1001-1867
ip -6 route show table all
ip -6 rule del iif lo iif veth1 prohibit
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route get 2001:4860::8888 oif veth0 uid 50
ip -6 route get 2001:db8:7::1 uid 0
ip -6 rule add pref 50 iif veth0 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::7 oif veth2 uid 0
ip -6 rule add pref 50 to 2001:4860::/32 goto 200
ip -6 rule add oif veth2 table 200
ip -6 rule
ip -6 route show table all
