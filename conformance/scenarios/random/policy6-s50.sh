# Seeded random IPv6 policy-routing scenario (seed 50), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable default table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add default via 2001:db8:a::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add unreachable ::/1 table 200
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route add unreachable 2001:db8::/32 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table main
ip -6 rule add pref 100 dport 1001-2338 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto tcp sport 2500 dport 80
ip -6 rule add dport 1-1568 from all from all unreachable
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 uid 0 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule del from 2001:db8:a::/64 to 2001:4860::/32 goto 300
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 100 from all iif veth1 prohibit
ip -6 route get 2001:db8:b::1 ipproto tcp sport 1000 dport 80
ip -6 route show table all
ip -6 rule add pref 32000 to 2001:db8::/32 nop
ip -6 route get 2001:db8:5::1 mark 3 fibmatch
ip -6 rule add fwmark 7 prohibit
ip link set veth2 up
ip -6 rule add pref 32000 not oif veth0 table 100 suppress_prefixlength 32
ip -6 route del 2001:db8::/32 table main
ip -6 rule del oif veth2 table 200 suppress_ifgroup 0
ip link set veth0 down
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1
ip -6 rule add dport 2001-2650 table main suppress_prefixlength 0
ip -6 rule add ipproto udp lookup 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 mark 7 uid 50
ip -6 rule add pref 32000 not to 2001:db8:6::/48 blackhole
ip -6 route show table all
ip -6 rule add sport 1001-1708 uidrange 0-0 prohibit
ip -6 rule add pref 100 ipproto tcp to 2001:db8:5::/48 table 200
ip -6 rule add pref 32000 not to 2001:db8:6::/48 from 2001:db8:b::1 blackhole
ip -6 route get 2001:4860::8888 mark 7
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 200
ip -6 route get 2001:db8:7::1 mark 7
ip -6 rule add iif veth1 lookup 100
ip -6 rule del pref 200
ip -6 route del 2001:db8:6::/48 table main
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 rule add sport 2001 prohibit
ip -6 route add prohibit default metric 10 table 100
ip -6 route del default table main
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route add 2001:db8::/32 dev veth0 table 100
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 fibmatch
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table 200
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add fwmark 3/3 ipproto ipv6-icmp table main suppress_prefixlength 32
ip -6 rule add oif veth0 fwmark 7 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9 oif veth2 mark 7
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp
ip -6 route show table all
ip -6 rule show
ip -6 rule add sport 1-752 nop
ip -6 route get 2001:db8:5:1::9
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -6 rule add pref 100 to 2001:db8:5::/48 oif veth0 prohibit
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 route get 2001:db8:6::1 uid 50
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth0 ipproto ipv6-icmp sport 1 dport 80 fibmatch
ip -6 rule
ip -6 route show table all
