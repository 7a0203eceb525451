# Seeded random IPv6 policy-routing scenario (seed 5), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:5::/48 dev veth0 table main
ip -6 route add 2001:db8:5:1::/64 dev veth0 table main
ip -6 route get 2001:db8:5::1 uid 1500
ip -6 route get 2001:db8:6::1 ipproto tcp sport 1000 dport 2001
ip -6 rule add pref 200 sport 2001-3431 dport 1001-2260 fwmark 0x10/0xf0 table main suppress_prefixlength 0
ip -6 route show table all
ip -6 route add prohibit default table 100
ip -6 rule add ipproto udp lookup main
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:b::1
ip -6 route add throw 2001:db8:6::/48 table main
ip -j -6 rule
ip -6 rule add pref 100 from 2001:db8:a::/64 iif lo prohibit
ip -d -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 oif veth2
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route get 2001:db8:6::1 oif veth0 ipproto tcp
ip -6 route add 2001:db8:5:1::7 dev veth0 table 100
ip -6 rule add not oif veth0 prohibit
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp sport 2500 dport 1000 fibmatch
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 7 fibmatch
ip -6 rule add pref 50 sport 2001-3702 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 ipproto udp
ip -6 route get 2001:db8:b::1 mark 0x13 uid 50 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route del ::/1 table 200
ip -j -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 0x13
ip -6 rule add pref 300 oif veth2 iif veth1 table 200 suppress_ifgroup 5
ip -6 rule add pref 50 oif veth2 ipproto ipv6-icmp sport 1-14 table 200 suppress_ifgroup 5
ip -6 rule add pref 300 uidrange 0-0 goto 100
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:6::1 ipproto tcp sport 1 dport 2001
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 rule add uidrange 1000-2000 nop
ip -6 route del ::/1 table 100
ip -6 route add 2001:db8::/32 dev veth2 table 100
ip -6 rule del pref 300
ip -6 rule add pref 50 oif veth0 oif veth0 lookup 100
ip -6 route get 2001:db8:6::1 oif veth2 uid 0 ipproto udp sport 1 dport 80
ip -6 rule add pref 300 not ipproto udp fwmark 7 lookup main
ip -6 rule add pref 100 fwmark 0x10/0xf0 iif veth0 unreachable
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 7
ip -6 route show table 200
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 ipproto tcp sport 1 dport 80
ip -6 route show table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth2 mark 3
ip -6 rule add pref 300 uidrange 1000-2000 fwmark 7 nop
ip -6 rule add not iif veth0 oif veth0 goto 300
ip -6 rule
ip -6 rule del pref 200
ip -6 route del default table 100
ip -6 rule
ip -6 rule del uidrange 0-100 uidrange 1000-2000 from all nop
ip -6 rule add ipproto tcp blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add pref 32000 uidrange 0-0 iif lo table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 300 to 2001:4860::/32 oif veth2 fwmark 0x10/0xf0 nop
ip -6 rule
ip -6 route show table all
