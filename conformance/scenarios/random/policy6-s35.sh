# Seeded random IPv6 policy-routing scenario (seed 35), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth2 table 100
ip -6 route add throw default metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route add prohibit 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route del default table 200
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule del oif veth0 iif lo
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:a::9 oif veth2 uid 1500
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route show table all
ip -6 rule add pref 32000 iif lo fwmark 3/3 oif veth0 blackhole
ip -6 route show table 200
ip -6 rule add to 2001:db8::/32 uidrange 1000-2000 table 100
ip -j -6 rule
ip -6 rule add pref 300 from 2001:db8:b::1 dport 1 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 oif veth0 ipproto ipv6-icmp
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 3 ipproto udp
ip -6 rule add fwmark 0x10/0xf0 fwmark 0x10/0xf0 prohibit
ip -6 route get 2001:db8:5:1::7 uid 1500 fibmatch
ip -6 rule
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route del 2001:db8::/32 table main
ip -6 rule del from 2001:db8:b::1
ip -6 route get 2001:db8:5::1 oif veth0 uid 1500
ip -6 rule add not iif veth1 prohibit
ip -6 route get 2001:db8:5::1 mark 7
ip -6 rule del pref 200
ip -6 route get 2001:db8:b::1 mark 7 uid 1500 ipproto udp sport 1 dport 1000
ip -6 route get 2001:db8:5::1
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 ipproto tcp sport 1 dport 80
ip -6 route get 2001:db8:5:1::7
ip -6 route del 2001:db8:6::/48 table 200
ip link set veth0 down
ip -6 rule
ip -6 route get 2001:db8:a::9 oif veth2
ip link set veth2 up
ip -6 rule add pref 50 fwmark 0x10/0xf0 unreachable
ip -6 route show table all
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 fibmatch
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 route get 2001:db8:5:1::7 mark 7 uid 1500
ip -6 route show table 200
ip -6 route show table all
ip -6 route show table all
ip -6 route get 2001:db8:b::1 mark 3 ipproto tcp
ip -6 rule show
ip -6 route get 2001:db8:7::1 fibmatch
ip -6 route show table all
ip -6 rule add pref 50 from 2001:db8::/32 fwmark 3/3 oif veth2 table 100 suppress_prefixlength 48
ip -j -6 rule
ip -6 rule del pref 100
ip link set veth0 up
ip -6 rule add pref 100 to 2001:4860::/32 from 2001:db8::/32 table main suppress_prefixlength 0
ip -6 rule add pref 100 fwmark 3/3 iif veth0 dport 1-918 table 100 suppress_prefixlength 0
ip -6 rule
ip -6 route show table all
