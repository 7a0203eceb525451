# Seeded random IPv6 policy-routing scenario (seed 108), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route add unreachable default table 100
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 route add ::/1 dev veth2 metric 10 table 200
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 route add 2001:db8:5::/48 dev veth2 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 1500
ip -6 route get 2001:db8:5:1::9 mark 7 ipproto tcp sport 1500 dport 80
ip -6 route show table all
ip -6 rule del not oif veth2
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 uid 1500
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 rule add to 2001:db8::/32 table main suppress_prefixlength 48
ip -6 route show table all
ip -6 rule add pref 200 not ipproto tcp dport 1-422 ipproto tcp nop
ip -6 rule add pref 100 ipproto ipv6-icmp from 2001:db8:b::1 sport 1001-1341 table 200 suppress_ifgroup 5
ip -6 rule del not from all
ip -6 route show table 200
ip -6 rule del pref 100
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule list pref 100
ip -6 rule del pref 100
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto tcp sport 2500 dport 1000
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth0
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 uid 1500
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 uid 50 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 rule add pref 32000 to 2001:db8:5::/48 prohibit
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 rule list pref 100
ip link set veth0 up
ip -6 rule show table 100
ip -6 rule add to 2001:db8:5::/48 ipproto tcp dport 2001 table main suppress_prefixlength 0
ip -6 rule show
ip link set veth2 down
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route get 2001:db8:5:1::9
ip -j -6 rule
ip -d -6 rule
ip -6 route get 2001:db8:6::1
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 oif veth2 uid 1500 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:b::1 oif veth2
ip link set veth2 down
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7
ip -6 route get 2001:4860::8888 mark 7 uid 50
ip -6 rule add not ipproto ipv6-icmp blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 0x13 ipproto ipv6-icmp
ip -6 rule add uidrange 0-100 iif lo unreachable
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule add pref 200 dport 1001-1182 iif veth0 to 2001:db8::/32 prohibit
ip -6 rule add pref 32000 iif veth0 sport 1001-1636 lookup main
ip -6 route del ::/1 table 100
ip link set veth0 up
ip -6 rule
ip -6 rule add ipproto ipv6-icmp iif lo table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule show
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 mark 0x13 uid 1500
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 uid 0
ip -6 rule add uidrange 0-100 sport 2001 table 200 suppress_ifgroup 0
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 rule
ip -6 route show table all
