# Seeded random IPv6 policy-routing scenario (seed 114), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table main
ip -6 route add ::/1 via 2001:db8:b::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 uid 0
ip -6 rule add pref 200 not ipproto udp prohibit
ip -6 rule add pref 200 dport 1001 to 2001:db8::/32 sport 1 prohibit
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 200
ip -6 rule
ip -6 route show table 200
ip -6 rule add pref 32000 from 2001:db8::/32 uidrange 0-0 nop
ip -6 rule add not iif veth1 to 2001:db8::/32 unreachable
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 rule add pref 100 sport 2001 table 100 suppress_prefixlength 32
ip -6 rule add dport 1001 dport 1-198 goto 300
ip -6 rule add pref 50 fwmark 7 goto 300
ip -6 route get 2001:4860::8888 fibmatch
ip -6 route get 2001:db8:b::1 oif veth0 uid 0
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:6::1
ip -6 route add ::/1 dev veth2 metric 10 table 100
ip -6 route show table 200
ip -d -6 rule
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 route add default dev veth2 table 200
ip -6 rule add pref 32000 oif veth2 table 200
ip -6 rule show
ip -6 route show table all
ip -6 route add unreachable ::/1 table 100
ip -6 rule add pref 300 dport 1 ipproto udp dport 1001-2892 lookup main
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto tcp sport 1 dport 80
ip -6 route get 2001:db8:5::1 uid 50 fibmatch
ip -6 rule add pref 32000 uidrange 0-0 table 100
ip -6 route get 2001:db8:5:1::9 oif veth2 uid 0
ip -6 rule add pref 50 not uidrange 1000-2000 goto 300
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 100
ip -6 rule add pref 200 to 2001:db8:6::/48 nop
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 1500
ip -6 rule add ipproto tcp goto 100
ip -6 rule add pref 32000 from 2001:db8:a::/64 oif veth2 iif veth0 nop
ip link set veth2 up
ip -6 rule add sport 2001-2096 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 0x13 uid 50 ipproto tcp sport 1500 dport 2001 fibmatch
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 rule add pref 300 to 2001:4860::/32 lookup 100
ip link set veth0 down
ip -6 rule add oif veth0 unreachable
ip -6 route show table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 ipproto ipv6-icmp
ip -6 rule add not fwmark 3/3 dport 1001 table main suppress_prefixlength 48
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 rule add from 2001:db8:a::/64 sport 1001-1234 iif veth1 nop
ip -6 rule show table 100
ip -6 rule add pref 100 sport 1 table 100
ip -6 rule
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 200
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1000 dport 1000
ip -6 rule del pref 300
ip -6 rule add pref 32000 not oif veth0 fwmark 0x10/0xf0 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 mark 3 uid 0 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule
ip -6 route show table all
