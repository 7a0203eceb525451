# Seeded random IPv6 policy-routing scenario (seed 131), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable default metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add throw default metric 10 table 200
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 route add prohibit default table main
ip -6 route add default via 2001:db8:b::2 table main
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -6 rule show table 100
ip link set veth0 down
ip link set veth0 up
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 rule add pref 32000 from 2001:db8::/32 uidrange 0-100 unreachable
ip -6 rule add pref 50 dport 1001 nop
ip -6 route get 2001:db8:6::1 mark 0x13 ipproto ipv6-icmp sport 1500 dport 80
ip link set veth0 up
ip -6 rule add uidrange 0-0 sport 2001-2900 table 100
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route del default table 200
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route get 2001:db8:7::1 ipproto tcp
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule add pref 50 oif veth2 to 2001:4860::/32 blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 7 ipproto ipv6-icmp sport 1 dport 80
ip -6 route show table all
ip -6 rule add pref 300 oif veth0 ipproto tcp ipproto ipv6-icmp prohibit
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 rule add sport 1-1829 uidrange 0-100 sport 1 lookup main
ip -6 route get 2001:db8:5:1::7
ip -6 route add 2001:db8:5:1::7 dev veth0 table 100
ip -6 rule del sport 1-1729 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 dport 2001-3882 sport 2001 uidrange 0-100 goto 300
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 mark 0x13
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:b::1 oif veth2 mark 7
ip -6 rule add from 2001:db8::/32 oif veth0 uidrange 0-100 unreachable
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 200 dport 1 from 2001:db8:a::/64 sport 2001-2976 table main suppress_prefixlength 48
ip -6 route add blackhole 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table main
ip -6 route del 2001:db8::/32 table 100
ip -6 route get 2001:db8:5:1::7
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 2500 dport 2001 fibmatch
ip -6 rule show table 100
ip -6 route show table all
ip -6 route get 2001:db8:5::1
ip -6 route add blackhole default table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13
ip -6 route get 2001:db8:b::1 mark 3 uid 50
ip -6 route get 2001:db8:a::9 mark 0x13 ipproto tcp sport 1000 dport 2001
ip -6 rule add pref 300 uidrange 0-0 nop
ip -6 route show table all
ip -6 rule list pref 100
ip -6 rule add pref 200 not fwmark 0x10/0xf0 dport 1 from all unreachable
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 0
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 route add throw ::/1 metric 10 table main
ip -6 route get 2001:db8:5::1 oif veth2 mark 0x13 fibmatch
ip -6 route get 2001:db8:7::1 ipproto udp
ip -6 route get 2001:db8:5:1::7 uid 50
ip -6 route get 2001:db8:7::1 oif veth0 uid 50 ipproto ipv6-icmp fibmatch
ip -6 rule del uidrange 0-100
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 rule
ip -6 route show table all
