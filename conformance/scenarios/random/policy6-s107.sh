# Seeded random IPv6 policy-routing scenario (seed 107), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:c::2 table 100
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 table 100
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 route add unreachable ::/1 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add throw ::/1 table main
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table main
ip -6 rule list pref 100
ip -6 rule del not from 2001:db8::/32 from 2001:db8::/32 lookup main
ip -d -6 rule
ip -j -6 rule
ip -6 route get 2001:db8:7::1 mark 3 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule show
ip -6 route get 2001:db8:7::1
ip link set veth0 up
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 rule del pref 200
ip link set veth0 up
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 oif veth0
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 ipproto ipv6-icmp
ip -6 rule add not oif veth0 table main suppress_prefixlength 32
ip -6 rule add pref 200 to 2001:db8::/32 dport 2001-2490 table 100
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:4860::8888 uid 1500 ipproto ipv6-icmp
ip -6 route get 2001:db8:7::1
ip -d -6 rule
ip -6 route get 2001:db8:5::1 oif veth2 mark 0x13 uid 1500 ipproto tcp sport 1 dport 1000
ip -6 route get 2001:db8:a::9 mark 7 uid 1500 ipproto ipv6-icmp
ip -6 rule add pref 100 iif veth0 oif veth0 uidrange 1000-2000 nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 3
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 3 ipproto tcp sport 1000 dport 80
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 ipproto udp
ip -6 route del ::/1 table main
ip -d -6 rule
ip -6 rule list pref 100
ip -6 route show table all
ip -6 route get 2001:db8:5::1 oif veth2 mark 3 uid 1500
ip -6 rule list pref 100
ip -6 route show table all
ip -6 route show table all
ip -6 route get 2001:db8:a::9 oif veth0 mark 3 uid 50 ipproto ipv6-icmp
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 rule
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 0
ip -6 rule del oif veth0 dport 1001
ip -6 rule add oif veth2 table main suppress_prefixlength 48
ip -6 route add unreachable ::/1 table 100
ip -6 rule add from 2001:db8:a::/64 blackhole
ip -6 rule show
ip -6 rule
ip -6 route del 2001:db8::/32 table main
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 route get 2001:db8:5:1::9 oif veth2 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 rule add pref 100 to 2001:4860::/32 nop
ip -6 rule add ipproto udp iif veth1 sport 1001 goto 50
ip -6 rule add uidrange 1000-2000 iif veth0 sport 1001 table main suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 mark 3
ip -6 route add blackhole ::/1 metric 10 table main
ip -j -6 rule
ip -6 route get 2001:db8:5::1 uid 0
ip -6 rule
ip -6 rule add pref 50 sport 1001 table 100 suppress_prefixlength 0
ip -6 rule add pref 200 to 2001:db8:6::/48 ipproto tcp prohibit
ip -6 rule
ip -6 route show table all
